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

        /// The views its body places are inputs too, given with the job (`OutputJob.views`).
        init(_ site: Site, index: Int) {
            let m = site.monographs
            monograph = m[index]
            previous = index > 0 ? Neighbour(slug: m[index - 1].slug, nom: m[index - 1].nom) : nil
            next = index + 1 < m.count ? Neighbour(slug: m[index + 1].slug, nom: m[index + 1].nom) : nil
            navigation = Navigation(site)
        }
    }

    static func render(
        _ inputs: Inputs, _ layout: PageLayout, _ markdown: Markdown, referentiel: Referentiel,
        views: ViewSet
    ) -> String {
        let e = Markdown.plain
        let root = "../../"
        let m = inputs.monograph
        let viewHTML = { (id: String) in ViewID(rawValue: id).map { views.html($0, root: root) } ?? "" }
        let sections = MonographSections(monograph: m, referentiel: referentiel, markdown: markdown, view: viewHTML).context()
        func link(_ other: Neighbour?) -> Any {
            orFalse(other.map { ["libelle": e($0.nom), "lien": "../\($0.slug)/index.html"] })
        }
        return layout.render(
            "monographie",
            layout.context(title: m.nom, root: root, current: "reseau", description: m.titre).adding([
                "reseau": [
                    "nom": e(m.nom), "numero": orFalse(m.numero.map(String.init)), "titre": markdown.inline(m.titre),
                    "domaine": markdown.inline(m.domaine), "missions": orFalse(m.missions.map(markdown.inline)),
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
}
