/// The accessibility statement of `site.yml` (`accessibilite`, FORMAT §9), in the form RGAA 4.1 requires.
package struct AccessibilityStatement: Sendable, Equatable {
    /// The conformity status a statement declares.
    package enum Status: String, Sendable, CaseIterable {
        case totalementConforme = "totalement-conforme"
        case partiellementConforme = "partiellement-conforme"
        case nonConforme = "non-conforme"

        /// As the statement and the footer say it: « partiellement conforme ».
        package var label: String {
            switch self {
            case .totalementConforme: "totalement conforme"
            case .partiellementConforme: "partiellement conforme"
            case .nonConforme: "non conforme"
            }
        }
    }

    /// The status given in `site.yml`; nil when none is.
    package var etat: Status?
    /// The date of the last audit, `AAAA-MM-JJ`.
    package var dateAudit: String?
    package var contenusNonAccessibles: [String] = []
    package var derogations: [String] = []
    /// The address of the multi-year accessibility plan.
    package var schemaPluriannuel: String?

    package init() {}

    /// The status declared: the one given, else « non conforme », since the build's automatic checks
    /// are no full audit (RGAA: without an audit, a site is not conforming).
    package var status: Status { etat ?? .nonConforme }
}
