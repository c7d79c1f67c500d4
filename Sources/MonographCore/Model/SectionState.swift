/// The editorial state of a section (FORMAT §4): nothing to show yet, written but known to be unfinished
/// (marked `partielle` under `redaction`), or written.
package enum SectionState: String, CaseIterable, Sendable {
    case aRediger = "a-rediger"
    case partielle
    case complete

    /// The state in words, as the site and `check` show it.
    package var label: String {
        switch self {
        case .aRediger: "à rédiger"
        case .partielle: "partielle"
        case .complete: "complète"
        }
    }

    /// The states of a monograph's sections in words, each state with its count, agreeing in number:
    /// "1 complète, 3 partielles, 2 à rédiger" (states with no section left out).
    package static func summary(_ states: [SectionState]) -> String {
        [(SectionState.complete, "complète", "complètes"), (.partielle, "partielle", "partielles"), (.aRediger, "à rédiger", "à rédiger")]
            .compactMap { state, singular, plural in
                let n = states.filter { $0 == state }.count
                return n == 0 ? nil : Format.count(n, singular, plural)
            }
            .joined(separator: ", ")
    }
}
