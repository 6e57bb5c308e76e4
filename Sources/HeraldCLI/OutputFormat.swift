import ArgumentParser

/// The formats of `herald notes`.
enum NotesFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case markdown, json
}

/// The formats of `herald releases`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}
