import MonographCore
import MonographViews

/// `reseaux/<slug>/index.html`: one network's monograph in its six sections.
enum MonographPage {
    /// The previous or next monograph, as linked.
    struct Neighbour: Equatable, Sendable {
        var slug, nom: String
    }

    /// What a monograph's page shows.
    struct Inputs: Equatable, Sendable {
        var monograph: Monograph
        var previous: Neighbour?
        var next: Neighbour?
        var navigation: Navigation
        /// Whether git knows versions of it: its history page exists.
        var hasHistory: Bool

        /// The views its body places are inputs too, given with the job (`OutputJob.views`).
        init(_ site: Site, index: Int) {
            let m = site.monographs
            monograph = m[index]
            previous = index > 0 ? Neighbour(slug: m[index - 1].slug, nom: m[index - 1].nom) : nil
            next = index + 1 < m.count ? Neighbour(slug: m[index + 1].slug, nom: m[index + 1].nom) : nil
            navigation = Navigation(site)
            hasHistory = site.versions.versions[m[index].slug] != nil
        }
    }

    static func render(
        _ inputs: Inputs, _ layout: PageLayout, _ markdown: Markdown, referentiel: Referentiel,
        views: ViewSet
    ) -> String {
        let e = Markdown.plain
        let root = "../../"
        let m = inputs.monograph
        let citation = Citation(m, settings: layout.settings)
        let viewHTML = { @Sendable (id: String) in ViewID(rawValue: id).map { views.html($0, root: root) } ?? "" }
        let sections = MonographSections(monograph: m, referentiel: referentiel, markdown: markdown, view: viewHTML).context()
        func link(_ other: Neighbour?) -> Any {
            orFalse(other.map { ["libelle": e($0.nom), "lien": "../\($0.slug)/index.html"] })
        }
        return layout.render(
            "monographie",
            layout.context(
                title: m.nom, root: root, current: "reseau", description: m.titre, path: "reseaux/\(m.slug)/",
                search: SearchFacets(m, referentiel: referentiel)
            ).adding([
                // In the page's head: its schema.org description and the tags of scholarly indexes.
                "meta_page": jsonLD(m, layout) + "\n" + citation.metaTags,
                "citation": FrenchTypography.html(citation.referenceHTML),
                "reseau": [
                    "nom": e(m.nom), "numero": orFalse(m.numero.map(String.init)), "titre": markdown.inline(m.titre),
                    "domaine": markdown.inline(m.domaine), "missions": orFalse(m.missions.map(markdown.inline)),
                    "mise_a_jour": orFalse(updatedLine(m, hasHistory: inputs.hasHistory)),
                    "chapo": orFalse(m.body.lead.map { $0.filled(viewHTML) }),
                    "sections_redigees": SectionID.allCases.filter { m.isWritten($0) }.count,
                    "nombre_sections": SectionID.allCases.count,
                ],
                "sections": sections,
                "precedent": link(inputs.previous),
                "suivant": link(inputs.next),
                "voisins": inputs.previous != nil || inputs.next != nil,
                "synthese_presente": inputs.navigation.hasSynthesis,
            ]))
    }

    /// The line under the title, as HTML: the date of the last change and, when git knows versions, the
    /// link to their history. Made here whole, and placed by the template as it is (`{{{.}}}`): each tag
    /// a template renders costs its lookups on every page, more than making the line.
    static func updatedLine(_ m: Monograph, hasHistory: Bool) -> String? {
        Format.updated(m.lastModified).map {
            Text.escapeHTML($0) + (hasHistory ? " · <a href=\"historique/index.html\">historique des versions</a>" : "")
        }
    }

    /// The page as schema.org JSON-LD (FORMAT §8): a `Report` about the network, an `Organization`.
    static func jsonLD(_ m: Monograph, _ layout: PageLayout) -> String {
        var about: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(m.nom))]
        if let year = m.identite?.creation { about.append(("foundingDate", .string(String(year)))) }
        var report: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("Report")),
            ("name", .string(Citation.title(of: m))), ("inLanguage", .string(layout.settings.langue)),
            ("publisher", .object([("@type", .string("Organization")), ("name", .string(layout.settings.publisher))])),
        ]
        if let date = layout.settings.datePublication { report.append(("datePublished", .string(date))) }
        if let date = m.lastModified { report.append(("dateModified", .string(date))) }
        if let address = layout.address(of: "reseaux/\(m.slug)/") { report.append(("url", .string(address))) }
        report.append(("about", .object(about)))
        // `<`, `>` and `&` as JSON escapes: no markup of the content can reach the page, even inside a script.
        // Replaced on the bytes: Foundation's `replacingOccurrences` goes through NSString, and took a
        // twentieth of a build.
        var json = JSONValue.object(report).serialized()
        for (markup, escape) in [("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")] { json = Text.replacing(markup, with: escape, in: json) }
        return "<script type=\"application/ld+json\">\n" + json + "</script>"
    }
}
