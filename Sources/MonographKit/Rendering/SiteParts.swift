/// The parts of a site that pages built from the whole site show, each as a value that two builds can
/// compare: a change to a monograph re-renders a site-wide page only if that page shows what changed.
enum SiteParts {
    /// A monograph's card on the home page (which also shows the navigation).
    struct HomeCard: Equatable {
        var slug, nom, titre, domaine: String
        var numero, creation, salariesTdr: Int?
        var states: [SectionState]
    }

    /// What one computed view reads from a monograph (besides its slug, name and place in the order):
    /// each view is re-rendered only when its own part changes.
    struct ViewEntry: Equatable {
        var slug, nom: String
        var domaine: String?
        var identite: Identity?
        var natures: [String]?
        var cycles: [Cycle]?
        var pratiques: [Practice]?
        var states: [SectionState]?
        /// Whether the view's governing section is partial (its coverage says so).
        var partial = false
    }

    static func viewEntry(_ view: ViewID, _ m: Monograph) -> ViewEntry {
        var entry = ViewEntry(slug: m.slug, nom: m.nom)
        switch view {
        case .phases, .fonctionsParPhase, .fonctionsParReseau, .echelonsTerritoriaux:
            entry.pratiques = m.pratiques
        case .natures:
            entry.natures = m.natures
            entry.cycles = m.cycles
        case .identites:
            entry.domaine = m.domaine
            entry.identite = m.identite
        case .panoramaInnovations:
            entry.cycles = m.cycles
        case .completude:
            entry.states = states(m)
        }
        if let section = view.governingSection { entry.partial = m.state(section) == .partielle }
        return entry
    }

    /// What the navigation of every page shows: the booklet's pages and the synthesis.
    struct Navigation: Equatable {
        var booklet: [String]
        var synthesis: String?
    }

    static func states(_ m: Monograph) -> [SectionState] { SectionID.allCases.map(m.state) }

    static func navigation(_ site: Site) -> Navigation {
        Navigation(booklet: site.booklet.flatMap { [$0.slug, $0.titre] }, synthesis: site.synthesis?.titre)
    }

    static func homeCard(_ m: Monograph) -> HomeCard {
        HomeCard(slug: m.slug, nom: m.nom, titre: m.titre, domaine: m.domaine, numero: m.numero,
                 creation: m.identite?.creation, salariesTdr: m.identite?.salariesTdr, states: states(m))
    }
}
