import MonographCore

/// Every computed view, in the order of `ViewID`.
package enum ViewCatalog {
    package static let all: [any ComputedView.Type] = ViewID.allCases.map(view)

    /// The view of `id`.
    package static func view(_ id: ViewID) -> any ComputedView.Type {
        // Adding a view: one case in `ViewID`, its file, and one line here.
        switch id {
        case .phases: PhasesView.self
        case .fonctionsParPhase: FunctionsByPhaseView.self
        case .fonctionsParReseau: FunctionsByNetworkView.self
        case .echelonsTerritoriaux: TerritorialLevelsView.self
        case .natures: NaturesView.self
        case .identites: IdentitiesView.self
        case .panoramaInnovations: InnovationsView.self
        case .completude: CompletenessView.self
        }
    }
}
