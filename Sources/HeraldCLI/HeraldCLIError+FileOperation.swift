extension HeraldCLIError {
    /// The file-system operation that failed; the raw value is how a message says it.
    public enum FileOperation: String, Equatable, Sendable {
        /// Reading a notes file in the repository.
        case readFile = "cannot read the file"
        /// Writing a generated file's scratch copy.
        case writeFile = "cannot write the file"
        /// Renaming the scratch copy over the target.
        case moveIntoPlace = "cannot move the new file into place"
        /// Creating the folder a generated file goes in.
        case createFolder = "cannot create its folder"
    }
}
