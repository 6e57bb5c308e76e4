import Foundation

extension HeadlessChromium {
    /// What to do with a page besides loading it: the screen it lays out on, and what to read from it once its
    /// scripts ran; the default loads it as a plain desktop browser does and reads only the DOM and errors.
    struct PageOptions: Sendable {
        /// The screen to emulate, or nil for the headless browser's own (800 × 600, desktop).
        var viewport: Viewport?
        /// JavaScript expressions to evaluate after the page's scripts ran, by a name the caller chooses (the
        /// expression itself will do); each result comes back as a string in `LoadedPage.probes`.
        var probes: [String: String]
        /// Whether to measure the page's horizontal overflow into `LoadedPage.horizontalOverflow`.
        var checksOverflow: Bool
        /// axe-core to run on the page into `LoadedPage.accessibilityViolations`, or nil to skip the check.
        var accessibilityChecker: AxeCore?
        /// The colour scheme the page's `prefers-color-scheme` sees, or nil for the browser's (light).
        var colorScheme: ColorScheme?

        /// Options that load the page as they say; with none, as a desktop browser does, reading nothing extra.
        init(
            viewport: Viewport? = nil, probes: [String: String] = [:], checksOverflow: Bool = false,
            accessibilityChecker: AxeCore? = nil, colorScheme: ColorScheme? = nil
        ) {
            self.colorScheme = colorScheme
            self.viewport = viewport
            self.probes = probes
            self.checksOverflow = checksOverflow
            self.accessibilityChecker = accessibilityChecker
        }
    }

    /// A value of `prefers-color-scheme`.
    enum ColorScheme: String, Sendable {
        case light, dark
    }

    /// A screen for `Emulation.setDeviceMetricsOverride`, in CSS pixels.
    struct Viewport: Sendable, Equatable {
        /// The layout width a page with `width=device-width` gets.
        var width: Int
        /// The visible height.
        var height: Int
        /// Device pixels per CSS pixel; 1 keeps screenshots and measurements in CSS pixels.
        var deviceScaleFactor: Double = 1
        /// Whether to behave as a phone: honour `<meta name="viewport">` (a page without one lays out 980 px wide
        /// and is zoomed out), and report touch input to CSS (`pointer: coarse`, `hover: none`).
        var isMobile: Bool

        /// A phone `width` CSS pixels wide, 390 by default (as an iPhone 12 to 15), at scale factor 1.
        static func phone(width: Int = 390, height: Int = 844) -> Viewport {
            Viewport(width: width, height: height, isMobile: true)
        }

        /// A desktop window of `width` × `height` CSS pixels.
        static func desktop(width: Int = 1280, height: Int = 800) -> Viewport {
            Viewport(width: width, height: height, isMobile: false)
        }

        /// The parameters of `Emulation.setDeviceMetricsOverride`.
        var deviceMetrics: [String: Any] {
            ["width": width, "height": height, "deviceScaleFactor": deviceScaleFactor, "mobile": isMobile]
        }
    }
}
