extension HeraldCLIError {
    /// The file-system operation that failed while writing a site; the raw value is how a message says it.
    public enum SiteFileOperation: String, Equatable, Sendable {
        /// `mkdir` of an output, staging or page folder.
        case createFolder = "cannot create the folder"
        /// Creating the scratch folder a new site is staged in.
        case createTemporaryFolder = "cannot create a temporary folder"
        /// Writing one page or asset.
        case writeFile = "cannot write the file"
        /// Replacing one file of a site updated in place.
        case replaceFile = "cannot replace the file"
        /// Renaming the staged site to the output.
        case moveNewSiteIntoPlace = "cannot move the new site into place"
        /// Renaming the previous site out of the way.
        case movePreviousSiteAside = "cannot move the previous site aside"
        /// Creating the lock file next to the output.
        case createLockFile = "cannot create the lock file"
        /// Opening an output folder to lock it.
        case openOutputFolder = "cannot open the output folder"
        /// Taking the output's lock.
        case lockOutput = "cannot lock the output"
    }
}
