extension HeraldCLIError {
    /// The file-system operation that failed, for a generated file or a site; the raw value is how a message says it.
    public enum FileOperation: String, Equatable, Sendable {
        /// Reading a notes file in the repository, or a staged site file back.
        case readFile = "cannot read the file"
        /// Writing a generated file's scratch copy.
        case writeFile = "cannot write the file"
        /// Renaming the scratch copy over the target.
        case moveIntoPlace = "cannot move the new file into place"
        /// Creating the folder a generated file goes in.
        case createFolder = "cannot create its folder"
        /// `mkdir` of a site's output, staging or page folder.
        case createSiteFolder = "cannot create the folder"
        /// Creating the scratch folder a new site is staged in.
        case createTemporaryFolder = "cannot create a temporary folder"
        /// Replacing one file of a site updated in place.
        case replaceFile = "cannot replace the file"
        /// Renaming the staged site to the output.
        case moveNewSiteIntoPlace = "cannot move the new site into place"
        /// Renaming the previous site out of the way.
        case movePreviousSiteAside = "cannot move the previous site aside"
        /// Creating the lock file next to a site's output.
        case createLockFile = "cannot create the lock file"
        /// Opening a site's output folder to lock it.
        case openOutputFolder = "cannot open the output folder"
        /// Taking a site output's lock.
        case lockOutput = "cannot lock the output"
    }
}
