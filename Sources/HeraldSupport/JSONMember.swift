/// One key and value of a JSON object.
struct JSONMember {
    /// The key, the coding key's string value.
    var key: String
    /// The value.
    var value: JSONNode
}
