import Foundation

extension HeadlessChromium {
    /// One axe-core rule a page breaks, with the first few elements that break it.
    struct AccessibilityViolation: Sendable, Equatable, CustomStringConvertible {
        /// One element that breaks the rule.
        struct Node: Sendable, Equatable {
            /// A CSS selector axe made up for the element, e.g. `#logo` or `main > img:nth-child(2)`.
            var target: String
            /// The element's start tag as the page has it (axe cuts long ones).
            var html: String
        }

        /// The rule's id, e.g. `image-alt` or `button-name`.
        var id: String
        /// `minor`, `moderate`, `serious` or `critical`; empty when axe gives none.
        var impact: String
        /// What the rule asks for, e.g. `Images must have alternate text`.
        var help: String
        /// The rule's page on Deque's site, empty when axe gives none.
        var helpURL: String
        /// How many elements break the rule, including those `nodes` leaves out.
        var nodeCount: Int
        /// The first few elements that break the rule, in document order.
        var nodes: [Node]

        /// The violation and its elements on one line, for test failure messages.
        var description: String {
            let places = nodes.map { "\($0.target) \($0.html)" }.joined(separator: "; ")
            let more = nodeCount > nodes.count ? " and \(nodeCount - nodes.count) more" : ""
            return "\(id) (\(impact.isEmpty ? "no impact given" : impact)): \(help): \(places)\(more)"
        }

        /// The violations in `value`, the JSON-like array that `AxeCore.runExpression` resolves to.
        static func list(from value: Any?) throws -> [AccessibilityViolation] {
            guard let items = value as? [[String: Any]] else {
                throw Failure(reason: "axe-core returned no list of violations but \(String(describing: value))")
            }
            return try items.map { item in
                guard let id = item["id"] as? String else { throw Failure(reason: "axe-core violation without id: \(item)") }
                let nodes = (item["nodes"] as? [[String: Any]] ?? []).map { node in
                    Node(target: node["target"] as? String ?? "", html: node["html"] as? String ?? "")
                }
                return AccessibilityViolation(
                    id: id, impact: item["impact"] as? String ?? "", help: item["help"] as? String ?? "",
                    helpURL: item["helpURL"] as? String ?? "", nodeCount: item["nodeCount"] as? Int ?? nodes.count,
                    nodes: nodes
                )
            }
        }
    }
}
