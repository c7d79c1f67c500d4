import MonographCore
import MonographViews

/// `index.html`: the collection's cards, the booklet and the synthesis.
enum HomePage {
    /// What a monograph's card shows.
    struct Card: Equatable, Sendable {
        var slug, nom, titre, domaine: String
        var numero, creation, salariesTdr: Int?
        var states: [SectionState]

        init(_ m: Monograph) {
            slug = m.slug
            nom = m.nom
            titre = m.titre
            domaine = m.domaine
            numero = m.numero
            creation = m.identite?.creation
            salariesTdr = m.identite?.salariesTdr
            states = m.states
        }
    }

    /// A page of the booklet, as listed.
    struct PageLink: Equatable, Sendable {
        var slug, titre: String
    }

    /// What the home page shows.
    struct Inputs: Equatable, Sendable {
        /// The cards of the first monographs (`ListingBound.networks`), in site order.
        var cards: [Card]
        /// How many monographs the site has.
        var total: Int
        var booklet: [PageLink]
        var synthesis: String?
        var navigation: Navigation

        init(_ site: Site) {
            cards = site.monographs.prefix(ListingBound.networks).map(Card.init)
            total = site.monographs.count
            booklet = site.booklet.map { PageLink(slug: $0.slug, titre: $0.titre) }
            synthesis = site.synthesis?.titre
            navigation = Navigation(site)
        }
    }

    static func render(_ inputs: Inputs, _ layout: PageLayout, _ markdown: Markdown) -> String {
        let e = Markdown.plain
        let sectionCount = SectionID.allCases.count
        let cards: [[String: Any]] = inputs.cards.map { card in
            let complete = card.states.filter { $0 == .complete }.count, partial = card.states.filter { $0 == .partielle }.count
            let written = complete + partial
            return [
                "nom": e(card.nom), "numero": orFalse(card.numero.map(String.init)), "titre": markdown.inline(card.titre),
                "domaine": markdown.inline(card.domaine), "lien": "reseaux/\(card.slug)/index.html",
                "creation": orFalse(card.creation.map(String.init)),
                "salaries_tdr": orFalse(card.salariesTdr.map(Format.number)),
                "sections_redigees": written, "complete": complete == sectionCount,
                "sections_completes": complete, "sections_partielles": partial, "sections_a_rediger": sectionCount - written,
                "nombre_sections": sectionCount, "etat": SectionState.summary(card.states),
                "pourcentage": complete * 100 / sectionCount, "pourcentage_partiel": partial * 100 / sectionCount,
            ]
        }
        let count = inputs.total, hidden = inputs.total - inputs.cards.count
        // The others are one click away: the site map lists every monograph.
        let rest =
            hidden > 0
            ? FrenchTypography.html(
                "Voici les \(Format.number(inputs.cards.count)) premières, \(ListingBound.order) ; "
                    + "\(ViewFrame.others(hidden, "est listée", "sont listées")) dans le "
                    + "<a href=\"plan-du-site/index.html#monographies\">plan du site</a>.") : nil
        let booklet: [[String: Any]] = inputs.booklet.map { ["titre": e($0.titre), "lien": "livret/\($0.slug)/index.html"] }
        let settings = layout.settings
        return layout.render(
            "accueil",
            layout.context(
                title: settings.titre, root: "", current: "accueil",
                description: settings.sousTitre, path: ""
            ).adding([
                "accueil": true,
                "reseaux": cards,
                "nombre_reseaux": Format.number(count),
                "titre_reseaux": count == 1 ? "La monographie" : "Les \(Format.number(count)) monographies",
                "suite_reseaux": orFalse(rest),
                "livret": booklet,
                "synthese": orFalse(inputs.synthesis.map { ["titre": e($0), "lien": "synthese/index.html"] }),
            ]))
    }
}
