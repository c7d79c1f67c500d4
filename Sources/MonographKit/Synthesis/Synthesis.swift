/// The cross-network figures behind the computed views and `synthese.json`, as plain values.
///
/// Every figure is a pure function of the monographs and the referentiel, computed by the view that
/// shows it from the part of each monograph that view reads (see `ComputedView`).
public struct Synthesis: Sendable, Equatable {
    public struct PhaseCount: Sendable, Equatable {
        public var phase: String
        public var reseaux: Int
        public var actions: Int
    }

    public struct Row: Sendable, Equatable {
        /// A function id (`fonctions_par_phase`) or a network slug (`fonctions_par_reseau`).
        public var key: String
        /// Values in the referentiel's order of columns.
        public var values: [Int]
    }

    public struct TerritorialPractice: Sendable, Equatable {
        public var fonction: String
        public var echelon: String
        public var reseau: String
        public var actions: [String]
    }

    public struct NatureCount: Sendable, Equatable {
        public var nature: String
        public var reseaux: Int
        public var cycles: Int
    }

    public struct InnovationEntry: Sendable, Equatable {
        public var reseau: String
        public var cycle: Int
        public var nom: String
        public var natures: [String]
        public var types: [String]
        public var phase: String?
    }

    public var reseaux: Int
    public var phases: [PhaseCount]
    /// Rows in function order, columns in phase order.
    public var fonctionsParPhase: [Row]
    /// Rows in network order, columns in function order.
    public var fonctionsParReseau: [Row]
    public var echelonsTerritoriaux: [TerritorialPractice]
    public var natures: [NatureCount]
    public var innovations: [InnovationEntry]
    /// What each view rests on, by view.
    public var couverture: [ViewID: Coverage]

    /// Computes every figure. `monographs` must be in home-page order.
    public init(monographs: [Monograph], referentiel: Referentiel) {
        let practices = PhasesView.input(monographs)
        reseaux = monographs.count
        phases = PhasesView.figures(practices, referentiel)
        fonctionsParPhase = FunctionsByPhaseView.figures(practices, referentiel)
        fonctionsParReseau = FunctionsByNetworkView.figures(practices, referentiel)
        echelonsTerritoriaux = TerritorialLevelsView.figures(practices, referentiel)
        natures = NaturesView.figures(NaturesView.input(monographs), referentiel)
        innovations = InnovationsView.figures(InnovationsView.input(monographs))
        couverture = Dictionary(uniqueKeysWithValues: ViewCatalog.all.map { ($0.id, $0.coverage(of: monographs)) })
    }
}
