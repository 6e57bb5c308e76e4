/// Copies the theme's CSS and JavaScript into `assets/`.
struct ThemeAssetsStep: SiteStep {
    let name = "copy assets"

    func run(_ state: inout SiteState) throws {
        for (file, text) in state.templates.assets {
            state.add("assets/" + file, text)
        }
    }
}
