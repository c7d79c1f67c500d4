/// What every view renders with, besides its input: the referentiel, Markdown, and the way from the
/// page to the site root.
struct ViewContext: Sendable {
    let referentiel: Referentiel
    let markdown: Markdown
    /// The relative path from the page to the site root; views rendered once for pages at every depth
    /// use `ViewFrame.rootMarker`, replaced on each page.
    let root: String
    /// The escaped text of each network's link, by slug, made once for all the views of a rendering
    /// from the same names as the views' inputs.
    let linkTexts: [String: String]

    func e(_ s: String) -> String { Markdown.plainHTML(s) }

    func label(_ id: String, in keyPath: KeyPath<Referentiel, [ReferenceItem]>) -> String {
        referentiel.label(id, in: keyPath)
    }

    func link<Entry>(_ network: ViewNetwork<Entry>) -> String {
        link(network.slug)
    }

    /// The link to a network's monograph.
    func link(_ slug: String) -> String {
        "<a href=\"\(root)reseaux/\(slug)/index.html\">\(linkTexts[slug] ?? e(slug))</a>"
    }

    /// The networks' links, or a dash when there are none.
    func links(_ slugs: [String]) -> String {
        slugs.isEmpty ? "–" : slugs.map(link).joined(separator: ", ")
    }
}
