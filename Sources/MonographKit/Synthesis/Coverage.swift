/// What a computed view rests on (FORMAT §5): how many networks have data for it, which have none, and
/// which have data only from a section their monograph marks as partial.
public struct Coverage: Sendable, Equatable {
    /// Every network of the site (N).
    public var reseaux: Int
    /// The networks with data for the view, in site order (K of them).
    public var withData: [String]
    /// The networks without data for the view, in site order.
    public var withoutData: [String]
    /// The networks with data whose governing section is partial, in site order.
    public var partial: [String]

    /// Computes the coverage of `view` over `monographs` (in site order).
    public init(_ view: ViewID, monographs: [Monograph]) {
        reseaux = monographs.count
        withData = []
        withoutData = []
        partial = []
        for m in monographs {
            guard view.hasData(m) else {
                withoutData.append(m.slug)
                continue
            }
            withData.append(m.slug)
            if let section = view.governingSection, m.state(section) == .partielle { partial.append(m.slug) }
        }
    }

    /// "K/N", the value of `data-couverture`.
    public var fraction: String { "\(withData.count)/\(reseaux)" }

    /// Whether the view rests on less than every network's complete data.
    public var isPartial: Bool { withData.count < reseaux || !partial.isEmpty }
}

extension ViewID {
    /// The monograph section whose editorial state tells whether a network's data for the view is complete;
    /// nil for `completude`, which shows every network's state.
    public var governingSection: SectionID? {
        switch self {
        case .identites: .carteIdentite
        case .natures: .dynamique
        case .panoramaInnovations: .cycles
        case .phases, .fonctionsParPhase, .fonctionsParReseau, .echelonsTerritoriaux: .pratiques
        case .completude: nil
        }
    }

    /// Whether `m` gives the view anything to count (the coverage table of FORMAT §5).
    public func hasData(_ m: Monograph) -> Bool {
        switch self {
        case .phases, .fonctionsParPhase:
            return (m.pratiques ?? []).contains { $0.actions.contains { !$0.phases.isEmpty } }
        case .fonctionsParReseau, .echelonsTerritoriaux:
            return !(m.pratiques ?? []).isEmpty
        case .natures:
            return !(m.natures ?? []).isEmpty || (m.cycles ?? []).contains { !($0.natures ?? []).isEmpty }
        case .panoramaInnovations:
            return (m.cycles ?? []).contains { !($0.innovations ?? []).isEmpty }
        case .identites:
            return !(m.identite?.isEmpty ?? true)
        case .completude:
            return true
        }
    }

    /// The view's key in `synthese.json` (and in its `couverture`); nil for `completude`, which has none.
    var dataKey: String? {
        switch self {
        case .phases: "phases"
        case .fonctionsParPhase: "fonctions_par_phase"
        case .fonctionsParReseau: "fonctions_par_reseau"
        case .echelonsTerritoriaux: "echelons_territoriaux"
        case .natures: "natures"
        case .panoramaInnovations: "innovations"
        case .identites: "identites"
        case .completude: nil
        }
    }
}
