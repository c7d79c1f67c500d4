/// The cross-network figures behind the computed views and `synthese.json`, as plain values.
///
/// Every figure is a pure function of the monographs and the referentiel, computed in one pass over
/// the practices and cycles: linear in the size of the content.
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

    /// The levels shown in `echelons-territoriaux`: every level below the national one.
    static let territorialLevels: Set<String> = ["regional", "departemental", "local"]

    /// Computes every figure. `monographs` must be in home-page order.
    public init(monographs: [Monograph], referentiel: Referentiel) {
        let phaseIDs = referentiel.phases.map(\.id)
        let functionIDs = referentiel.fonctions.map(\.id)
        let phaseIndex = Dictionary(uniqueKeysWithValues: phaseIDs.enumerated().map { ($1, $0) })
        let functionIndex = Dictionary(uniqueKeysWithValues: functionIDs.enumerated().map { ($1, $0) })

        var actionsPerPhase = [Int](repeating: 0, count: phaseIDs.count)
        var networksPerPhase = [Int](repeating: 0, count: phaseIDs.count)
        var functionPhase = [[Int]](repeating: [Int](repeating: 0, count: phaseIDs.count), count: functionIDs.count)
        var perNetwork: [Row] = []
        var territorial: [TerritorialPractice] = []

        for monograph in monographs {
            var phasesSeen = [Bool](repeating: false, count: phaseIDs.count)
            var intensities = [Int](repeating: 0, count: functionIDs.count)
            for practice in monograph.pratiques ?? [] {
                guard let f = functionIndex[practice.fonction] else { continue }
                intensities[f] = max(intensities[f], practice.effectiveIntensity)
                for action in practice.actions {
                    for phase in Set(action.phases) {
                        guard let p = phaseIndex[phase] else { continue }
                        actionsPerPhase[p] += 1
                        functionPhase[f][p] += 1
                        phasesSeen[p] = true
                    }
                }
                if Self.territorialLevels.contains(practice.echelon) {
                    territorial.append(TerritorialPractice(fonction: practice.fonction, echelon: practice.echelon,
                                                           reseau: monograph.slug, actions: practice.actions.map(\.texte)))
                }
            }
            for (p, seen) in phasesSeen.enumerated() where seen { networksPerPhase[p] += 1 }
            perNetwork.append(Row(key: monograph.slug, values: intensities))
        }

        reseaux = monographs.count
        phases = phaseIDs.enumerated().map { PhaseCount(phase: $1, reseaux: networksPerPhase[$0], actions: actionsPerPhase[$0]) }
        fonctionsParPhase = functionIDs.enumerated().map { Row(key: $1, values: functionPhase[$0]) }
        fonctionsParReseau = perNetwork
        // Content order: network, then practice order (FORMAT §6); views group it by function.
        echelonsTerritoriaux = territorial
        natures = referentiel.natures.map { nature in
            NatureCount(nature: nature.id,
                        reseaux: monographs.filter { ($0.natures ?? []).contains(nature.id) }.count,
                        cycles: monographs.reduce(0) { $0 + ($1.cycles ?? []).filter { ($0.natures ?? []).contains(nature.id) }.count })
        }
        couverture = Dictionary(uniqueKeysWithValues: ViewID.allCases.map { ($0, Coverage($0, monographs: monographs)) })
        innovations = monographs.flatMap { monograph in
            (monograph.cycles ?? []).flatMap { cycle in
                (cycle.innovations ?? []).map {
                    InnovationEntry(reseau: monograph.slug, cycle: cycle.debut, nom: $0.nom, natures: cycle.natures ?? [],
                                    types: $0.types ?? [], phase: $0.phase)
                }
            }
        }
    }
}
