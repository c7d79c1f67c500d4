/// A value given as an example of a key, which may name the referentiel's ids rather than spell them,
/// so that it stays valid whatever `referentiel.yml` lists.
package indirect enum Example: Sendable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// The first id of a list of the referentiel, or `fallback` when the list is empty.
    case firstID(ReferentielList, fallback: String? = nil)
    /// The first `count` ids of a list of the referentiel.
    case firstIDs(ReferentielList, count: Int)
    case list([Example])
    case group([(key: String, value: Example)])

    /// The example as JSON, with the ids of `referentiel`; nil for the first id of an empty list.
    func resolved(in referentiel: Referentiel) -> JSONValue? {
        switch self {
        case .text(let text): .string(text)
        case .integer(let number): .int(number)
        case .boolean(let value): .bool(value)
        case .firstID(let list, let fallback): (referentiel[keyPath: list.keyPath].first?.id ?? fallback).map(JSONValue.string)
        case .firstIDs(let list, let count): .strings(referentiel[keyPath: list.keyPath].prefix(count).map(\.id))
        case .list(let items): .array(items.compactMap { $0.resolved(in: referentiel) })
        case .group(let pairs): .object(pairs.compactMap { pair in pair.value.resolved(in: referentiel).map { (pair.key, $0) } })
        }
    }
}
