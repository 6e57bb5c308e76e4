import ArgumentParser
import ReleaseNotes

extension NotesStyle: ExpressibleByArgument {}
