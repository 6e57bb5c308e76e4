import Foundation

extension HeadlessChromium.DevToolsSession {
    /// Makes the tab of `session` lay out on `viewport`; called before navigation, so the page never sees another.
    func emulate(_ viewport: HeadlessChromium.Viewport, session: String) throws {
        _ = try send("Emulation.setDeviceMetricsOverride", viewport.deviceMetrics, session: session)
        if viewport.isMobile {
            // A phone's screen is touched: without this, `(pointer: coarse)` and `(hover: none)` stay false.
            _ = try send("Emulation.setTouchEmulationEnabled", ["enabled": true, "maxTouchPoints": 5], session: session)
        }
    }

    /// Reads into `page` what `options` asks for, from the page of `session` whose scripts ran; errors the page
    /// raises meanwhile are not added to it, being no part of its loading.
    func inspect(_ page: inout HeadlessChromium.LoadedPage, options: HeadlessChromium.PageOptions, session: String) throws {
        for (name, expression) in options.probes.sorted(by: { $0.key < $1.key }) {
            let value = try evaluate(Self.stringExpression(expression), what: "the probe \(name)", session: session)
            guard let text = value as? String else {
                throw failure("the probe \(name) gave no string but \(String(describing: value))")
            }
            page.probes[name] = text
        }
        if options.checksOverflow {
            let expression = HeadlessChromium.HorizontalOverflow.measuringExpression(width: options.viewport?.width)
            let value = try evaluate(expression, what: "the overflow measurement", session: session)
            page.horizontalOverflow = try HeadlessChromium.HorizontalOverflow(measured: value)
        }
        if let checker = options.accessibilityChecker {
            page.accessibilityViolations = try checkAccessibility(with: checker, session: session)
        }
    }

    /// Injects axe-core into the page of `session`, runs it on the whole document and returns its violations.
    private func checkAccessibility(with checker: AxeCore, session: String) throws -> [HeadlessChromium.AccessibilityViolation] {
        let script: String
        do {
            script = try checker.scriptText()
        } catch let error as AxeCore.Failure {
            throw failure(error.description)
        }
        _ = try evaluate(script + "\n;undefined", what: "axe-core's script \(checker.scriptPath)", session: session)
        let loaded = try evaluate("typeof axe === \"object\" && typeof axe.run === \"function\"", what: "axe", session: session)
        guard loaded as? Bool == true else {
            throw failure("\(checker.scriptPath) ran but defined no axe.run")
        }
        // The budget's end left virtual time paused, and axe waits on timers between its rules: paused, its
        // promise never settles. Advancing lets timers fire as soon as the page is idle.
        _ = try send("Emulation.setVirtualTimePolicy", ["policy": "advance"], session: session)
        let violations = try evaluate(AxeCore.runExpression(), what: "axe.run", awaitingPromise: true, session: session)
        return try HeadlessChromium.AccessibilityViolation.list(from: violations)
    }

    /// The value `expression` evaluates to in the page of `session`, as JSON-like values; nil for `undefined`.
    /// Throws when it throws, naming it as `what`.
    private func evaluate(
        _ expression: String, what: String, awaitingPromise: Bool = false, session: String
    ) throws -> Any? {
        let parameters: [String: Any] = [
            "expression": expression, "returnByValue": true, "awaitPromise": awaitingPromise,
        ]
        let evaluation = try send("Runtime.evaluate", parameters, session: session)
        if let details = evaluation["exceptionDetails"] as? [String: Any] {
            throw failure("\(what) threw: \(Self.uncaughtException(details).message)")
        }
        guard let result = evaluation["result"] as? [String: Any] else {
            throw failure("no result from \(what): \(evaluation)")
        }
        return result["value"]
    }

    /// `expression` wrapped to give a string: strings as they are, objects and arrays as JSON, else as `String()`
    /// writes them (`390`, `true`, `undefined`).
    static func stringExpression(_ expression: String) -> String {
        // The line break lets the expression end in a `//` comment.
        """
        (() => {
            const value = (\(expression)
            );
            return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
        })()
        """
    }
}
