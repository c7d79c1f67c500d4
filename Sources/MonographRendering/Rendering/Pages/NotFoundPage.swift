import MonographCore
import MonographViews

/// `404.html`: served for any missing page, at any depth, so its links start from the site's address.
enum NotFoundPage {
    static func render(_ layout: PageLayout) -> String {
        var root = layout.settings.url ?? ""
        if !root.isEmpty && !root.hasSuffix("/") { root += "/" }
        return layout.render("404", layout.context(title: "Page introuvable", root: root, current: "", path: nil))
    }
}
