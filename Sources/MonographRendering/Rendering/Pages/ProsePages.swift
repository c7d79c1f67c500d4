import MonographCore
import MonographViews

/// The pages of prose that place computed views: `livret/<slug>/index.html` and `synthese/index.html`.
enum ProsePages {
    /// What a booklet page shows; the views its body places are inputs too, given with the job
    /// (`OutputJob.views`).
    struct BookletInputs: Equatable, Sendable {
        var page: BookletPage
        var index: Int
        /// Every page of the booklet, for its table of contents and its neighbours.
        var booklet: [HomePage.PageLink]
        var navigation: Navigation

        init(_ site: Site, index: Int) {
            page = site.booklet[index]
            self.index = index
            booklet = site.booklet.map { HomePage.PageLink(slug: $0.slug, titre: $0.titre) }
            navigation = Navigation(site)
        }
    }

    /// What the synthesis page shows, besides its views.
    struct SynthesisInputs: Equatable, Sendable {
        var page: SynthesisPage
        var navigation: Navigation

        init(_ page: SynthesisPage, _ site: Site) {
            self.page = page
            navigation = Navigation(site)
        }
    }

    /// A booklet page as the texts around its body: see `parts`.
    static func booklet(_ inputs: BookletInputs, _ layout: PageLayout, views: ViewSet) -> [String] {
        let e = Markdown.plain
        let root = "../../"
        let (page, index, booklet) = (inputs.page, inputs.index, inputs.booklet)
        let previous = index > 0 ? booklet[index - 1] : nil
        let next = index + 1 < booklet.count ? booklet[index + 1] : nil
        func link(_ other: HomePage.PageLink?) -> Any {
            orFalse(other.map { ["libelle": e($0.titre), "lien": "../\($0.slug)/index.html"] })
        }
        return parts(
            body: body(page.body, root: root, views), layout,
            layout.context(title: page.titre, root: root, current: "livret", path: "livret/\(page.slug)/", search: SearchFacets(.livret)).adding([
                "titre": e(page.titre),
                "mise_a_jour": orFalse(Format.updated(page.lastModified).map(Text.escapeHTML)),
                "precedent": link(previous),
                "suivant": link(next),
                "voisins": previous != nil || next != nil,
                "sommaire_page": [Any](),
                "avec_sommaire": true,
                // The current page's entry lists its own headings, so that the booklet's contents is also the page's.
                "sommaire_livret": booklet.map { link -> [String: Any] in
                    let current = link.slug == page.slug
                    return [
                        "titre": e(link.titre), "lien": "../\(link.slug)/index.html", "actif": current,
                        "parties": current ? headingLinks(page.body) : [],
                    ]
                },
            ]))
    }

    static func synthesis(_ inputs: SynthesisInputs, _ layout: PageLayout, views: ViewSet) -> [String] {
        let root = "../"
        let page = inputs.page
        let contents = headingLinks(page.body)
        return parts(
            body: body(page.body, root: root, views), layout,
            layout.context(title: page.titre, root: root, current: "synthese", path: "synthese/", search: SearchFacets(.synthese)).adding([
                "titre": Markdown.plain(page.titre),
                "synthese": true,
                "sommaire_livret": [Any](),
                "sommaire_page": contents,
                "avec_sommaire": !contents.isEmpty,
                "voisins": false,
            ]))
    }

    /// The links to the level-2 headings of `body`, for a table of contents (none for fewer than two).
    static func headingLinks(_ body: PageBody) -> [[String: String]] {
        body.headings.count < 2 ? [] : body.headings.map { ["id": $0.id, "titre": $0.html] }
    }

    private static func body(_ body: PageBody, root: String, _ views: ViewSet) -> String {
        body.html.filled { id in ViewID(rawValue: id).map { views.html($0, root: root) } ?? "" }
    }

    /// A page of the site's own (the plan, accessibility) at `path`, one folder down: `body` under `title`.
    static func sitePage(title: String, current: String, path: String, body: String, _ layout: PageLayout) -> [String] {
        parts(
            body: FrenchTypography.html(body), layout,
            layout.context(title: title, root: "../", current: current, path: path).adding([
                "titre": Markdown.plain(title), "sommaire_livret": [Any](), "sommaire_page": [Any](), "voisins": false,
            ]))
    }

    /// `template` (by default `page`) around `body`, as [before, body, after]: the template is rendered
    /// with a marker for `key` (by default `contenu`), so that a body of many megabytes (views over
    /// thousands of networks) is never copied into the page. The template places the body, which is
    /// HTML, with `{{{contenu}}}`; if it does not place it exactly once, the body replaces every marker
    /// instead.
    static func parts(
        body: String, _ layout: PageLayout, _ context: [String: Any], template: String = "page", key: String = "contenu"
    ) -> [String] {
        var context = context
        guard !body.isEmpty else {
            context[key] = body
            return [layout.render(template, context)]
        }
        context[key] = contentMarker
        let shell = layout.render(template, context)
        if let (before, after) = Text.split(shell, around: contentMarker) { return [before, body, after] }
        return [Text.replacing(contentMarker, with: body, in: shell)]
    }

    static let contentMarker = "\u{E003}contenu\u{E003}"
}
