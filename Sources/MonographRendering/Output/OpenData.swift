import Foundation
import MonographCore
import MonographViews

/// The open-data files of FORMAT §6 and §8: `reseaux.json`, `synthese.json` and the CSV tables
/// (`reseaux.csv`, `pratiques.csv`, `innovations.csv`) that `datapackage.json` describes.
enum OpenData {
    /// `reseaux.json`: one element per monograph, each made from its monograph alone.
    static func monographsJSON(_ monographs: [Monograph]) -> PartList {
        PartList(
            opening: "[\n", separator: ",\n", closing: "\n]\n", empty: JSONValue.serializedArray(elements: []),
            parts: monographs.map { m in .init(key: m.slug, inputs: JobInputs(m)) { monographJSON(m).arrayElement() } })
    }

    /// One network in `reseaux.json`: its slug, then every declared key it gives (`FrontMatter`), in
    /// declaration order; the editorial states come whole, after `completude`.
    static func monographJSON(_ m: Monograph) -> JSONValue {
        .object([("slug", .string(m.slug))] + pairs(m, FrontMatter.monograph))
    }

    private static func pairs(_ record: some FieldRecord, _ group: FieldGroup) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        for field in group.fields {
            guard let value = field.value(record) else { continue }
            if case .sectionStates(let states) = value {
                // Whether each section has something to show, then its state.
                pairs.append(("completude", .object(zip(FieldType.sectionKeys, states).map { ($0, .bool($1 != .aRediger)) })))
                pairs.append((field.key, .object(zip(FieldType.sectionKeys, states).map { ($0, .string($1.rawValue)) })))
            } else {
                pairs.append((field.key, json(value, field.type)))
            }
        }
        return pairs
    }

    private static func json(_ value: FieldValue, _ type: FieldType) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .integer(let number): .int(number)
        case .boolean(let flag): .bool(flag)
        case .texts(let texts): .strings(texts)
        case .record(let record): .object(type.nestedGroup.map { pairs(record, $0) } ?? [])
        case .records(let records): .array(records.map { record in .object(type.nestedGroup.map { pairs(record, $0) } ?? []) })
        case .sectionStates(let states): .strings(states.map(\.rawValue))
        }
    }

    /// One row per network: slug, nom, then every declared key of `identite` (RFC 4180, CRLF line ends).
    static func monographsCSV(_ site: Site) -> String {
        monographsCSV(site.monographs.map(CSVRow.init))
    }

    /// What a row of `reseaux.csv` shows of a monograph.
    struct CSVRow: Equatable, Sendable {
        var slug, nom: String
        var identite: Identity?

        init(_ m: Monograph) {
            slug = m.slug
            nom = m.nom
            identite = m.identite
        }
    }

    static func monographsCSV(_ networks: [CSVRow]) -> String {
        let identity = FrontMatter.identite.keys
        var csv = CSV.record(Table.reseaux.header)
        for m in networks {
            csv += CSV.record(
                [m.slug, m.nom]
                    + identity.map { key in
                        switch m.identite?.value(of: key) {
                        case .text(let text): text
                        case .integer(let number): String(number)
                        default: ""
                        }
                    })
        }
        return csv
    }

    /// `synthese.json`: the number of networks, then each view's figures under its key, in the catalogue's
    /// order, then what each view rests on (`couverture`). Each view gives its own (`ComputedView.data`):
    /// a new view's figures come with it.
    static func synthesisJSON(_ monographs: [Monograph], referentiel: Referentiel, inputs: SharedInputs) -> String {
        var pairs: [(String, JSONValue)] = [("reseaux", .int(monographs.count))]
        var coverage: [(String, JSONValue)] = []
        for view in ViewCatalog.all {
            guard let key = view.dataKey else { continue }
            if let data = view.data(of: monographs, inputs: inputs, referentiel: referentiel) { pairs.append((key, data)) }
            let c = view.coverage(of: monographs, inputs: inputs)
            coverage.append(
                (
                    key,
                    .object([
                        ("reseaux", .int(c.reseaux)), ("avec_donnees", .int(c.withData.count)),
                        ("sans_donnees", .strings(c.withoutData)), ("partielles", .strings(c.partial)),
                    ])
                ))
        }
        return JSONValue.object(pairs + [("couverture", .object(coverage))]).serialized()
    }
}
