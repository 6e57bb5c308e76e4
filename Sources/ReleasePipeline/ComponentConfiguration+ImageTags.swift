import Configuration
import Images

extension ComponentConfiguration {
    /// The tag forms its images are published under: as configured, else the exact release tag alone.
    package var imageTagForms: [ImageTagForm] {
        let forms = imageTags.compactMap { ImageTagForm(form: $0.form, repository: $0.registry) }
        return forms.isEmpty ? ImageTagForm.exactRelease : forms
    }

    /// How its pinned image tags are read.
    package var pinnedTagScheme: ImageTagScheme {
        ImageTagScheme(rawValue: imageTagScheme) ?? .semver
    }
}
