import Foundation

extension HeadlessChromium {
    /// How far a page is wider than its screen, and which elements reach past the screen's right edge, so a failing
    /// test says what overflowed.
    struct HorizontalOverflow: Sendable, Equatable, CustomStringConvertible {
        /// One element whose box ends right of the screen.
        struct Element: Sendable, Equatable, CustomStringConvertible {
            /// The element's tag name, lowercase.
            var tag: String
            /// Its `id` attribute, empty when it has none.
            var id: String
            /// Its `class` attribute, empty when it has none.
            var classes: String
            /// Its box's width in CSS pixels, rounded.
            var width: Int
            /// Its box's right edge in CSS pixels from the page's left edge, rounded.
            var right: Int

            /// The element as a CSS-like name with its size, e.g. `pre#log.wide (width 1000, right edge 1016)`.
            var description: String {
                let name = tag + (id.isEmpty ? "" : "#\(id)")
                    + classes.split(separator: " ").map { ".\($0)" }.joined()
                return "\(name) (width \(width), right edge \(right))"
            }
        }

        /// `document.documentElement.scrollWidth`: how wide the page's content is, in CSS pixels.
        var scrollWidth: Int
        /// The screen's width in CSS pixels: the emulated viewport's when one was set, else the page's visible width
        /// (`document.documentElement.clientWidth`).
        var viewportWidth: Int
        /// `window.innerWidth`, the width the page laid out at. On a phone it is wider than `viewportWidth` when the
        /// page has no `<meta name="viewport" content="width=device-width">` (980), or when its content overflows
        /// (the browser then zooms out to show all of it, as phones do).
        var layoutWidth: Int
        /// The elements that end right of the screen, in document order, skipping those inside a box that scrolls or
        /// clips its content (they cannot widen the page); at most `elementLimit`.
        var elements: [Element]
        /// How many elements end right of the screen, including those `elements` leaves out.
        var elementCount: Int

        /// How many elements `elements` lists at most.
        static let elementLimit = 20

        /// Whether the page is wider than the screen, so a reader has to scroll sideways or zoom out.
        var overflows: Bool { scrollWidth > viewportWidth }

        /// The measurements and the elements on one line, for test failure messages.
        var description: String {
            var text = "page \(scrollWidth) px wide on a screen \(viewportWidth) px wide"
            if layoutWidth != viewportWidth { text += ", window.innerWidth \(layoutWidth)" }
            guard !elements.isEmpty else { return text }
            let more = elementCount > elements.count ? " and \(elementCount - elements.count) more" : ""
            return text + "; past the right edge: " + elements.map(\.description).joined(separator: ", ") + more
        }

        /// The expression that measures the page against a screen `width` CSS pixels wide, or against the page's
        /// visible width when nil; it returns the fields of this type as a plain object.
        static func measuringExpression(width: Int?) -> String {
            """
            ((width) => {
                const elements = [];
                let elementCount = 0;
                const visit = (parent) => {
                    for (const element of parent.children) {
                        const box = element.getBoundingClientRect();
                        const right = box.right + window.scrollX;
                        if (right > width + 0.5) {
                            elementCount += 1;
                            if (elements.length < \(elementLimit)) {
                                elements.push({
                                    tag: element.localName, id: element.id, classes: element.getAttribute("class") || "",
                                    width: Math.round(box.width), right: Math.round(right),
                                });
                            }
                        }
                        // What a scroll box or a clipping box holds cannot widen the page.
                        if (getComputedStyle(element).overflowX === "visible") visit(element);
                    }
                };
                visit(document);
                return {
                    scrollWidth: document.documentElement.scrollWidth, viewportWidth: width,
                    layoutWidth: window.innerWidth, elements, elementCount,
                };
            })(\(width.map(String.init) ?? "document.documentElement.clientWidth"))
            """
        }

        /// The measurements in `value`, the plain object that `measuringExpression` returns.
        init(measured value: Any?) throws {
            guard let object = value as? [String: Any],
                  let scrollWidth = object["scrollWidth"] as? Int,
                  let viewportWidth = object["viewportWidth"] as? Int,
                  let layoutWidth = object["layoutWidth"] as? Int else {
                throw Failure(reason: "cannot read the overflow measurement \(String(describing: value))")
            }
            self.scrollWidth = scrollWidth
            self.viewportWidth = viewportWidth
            self.layoutWidth = layoutWidth
            elements = (object["elements"] as? [[String: Any]] ?? []).map { item in
                Element(
                    tag: item["tag"] as? String ?? "?", id: item["id"] as? String ?? "",
                    classes: item["classes"] as? String ?? "", width: item["width"] as? Int ?? 0,
                    right: item["right"] as? Int ?? 0
                )
            }
            elementCount = object["elementCount"] as? Int ?? elements.count
        }
    }
}
