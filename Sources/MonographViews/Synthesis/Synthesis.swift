import MonographCore

/// The cross-network figures behind the computed views, as plain values, each computed by the view that
/// shows it from the part of each monograph that view reads (see `ComputedView`): the types of the
/// views' figures, and all of them at once for the tests that check them. `synthese.json` is written view
/// by view from the catalogue (`OpenData.synthesisJSON`), each view giving its figures as JSON.
package struct Synthesis: Sendable, Equatable {
    package struct PhaseCount: Sendable, Equatable {
        package var phase: String
        package var reseaux: Int
        package var actions: Int
    }

    package struct Row: Sendable, Equatable {
        /// A function id (`fonctions_par_phase`) or a network slug (`fonctions_par_reseau`).
        package var key: String
        /// Values in the referentiel's order of columns.
        package var values: [Int]
    }

    package struct TerritorialPractice: Sendable, Equatable {
        package var fonction: String
        package var echelon: String
        package var reseau: String
        package var actions: [String]
    }

    package struct NatureCount: Sendable, Equatable {
        package var nature: String
        package var reseaux: Int
        package var cycles: Int
    }

    package struct InnovationEntry: Sendable, Equatable {
        package var reseau: String
        package var cycle: Int
        package var nom: String
        package var natures: [String]
        package var types: [String]
        package var phase: String?
    }

    package var reseaux: Int
    package var phases: [PhaseCount]
    /// Rows in function order, columns in phase order.
    package var fonctionsParPhase: [Row]
    /// Rows in network order, columns in function order.
    package var fonctionsParReseau: [Row]
    package var echelonsTerritoriaux: [TerritorialPractice]
    package var natures: [NatureCount]
    package var innovations: [InnovationEntry]
    /// What each view rests on, by view.
    package var couverture: [ViewID: Coverage]

    /// Computes every figure. `monographs` must be in home-page order.
    package init(monographs: [Monograph], referentiel: Referentiel) {
        self.init(monographs: monographs, referentiel: referentiel, inputs: SharedInputs())
    }

    /// Computes every figure from the views' inputs, those already computed for the views taken from `inputs`.
    init(monographs: [Monograph], referentiel: Referentiel, inputs: SharedInputs) {
        let practices = inputs.input(of: PhasesView.self, monographs)
        reseaux = monographs.count
        phases = PhasesView.figures(practices, referentiel)
        fonctionsParPhase = FunctionsByPhaseView.figures(practices, referentiel)
        fonctionsParReseau = FunctionsByNetworkView.figures(practices, referentiel)
        echelonsTerritoriaux = TerritorialLevelsView.figures(practices, referentiel)
        natures = NaturesView.figures(inputs.input(of: NaturesView.self, monographs), referentiel)
        innovations = InnovationsView.figures(inputs.input(of: InnovationsView.self, monographs))
        couverture = Dictionary(uniqueKeysWithValues: ViewCatalog.all.map { ($0.id, $0.coverage(of: monographs, inputs: inputs)) })
    }
}

extension JSONValue {
    /// A matrix of figures as `synthese.json` gives it: one object per row, its key under `rowKey` and its
    /// values under `columnsKey`, by column id.
    static func matrix(_ rows: [Synthesis.Row], rowKey: String, columnsKey: String, columns: [String]) -> JSONValue {
        .array(
            rows.map { row in
                .object([(rowKey, .string(row.key)), (columnsKey, .object(zip(columns, row.values).map { ($0, .int($1)) }))])
            })
    }
}
