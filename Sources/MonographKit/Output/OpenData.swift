import Foundation

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
            guard let value = record.value(of: field.key) else { continue }
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

    static func synthesisJSON(_ s: Synthesis, referentiel: Referentiel) -> String {
        let phaseIDs = referentiel.phases.map(\.id), functionIDs = referentiel.fonctions.map(\.id)
        func matrix(_ rows: [Synthesis.Row], rowKey: String, columnsKey: String, columns: [String]) -> JSONValue {
            .array(
                rows.map { row in
                    .object([
                        (rowKey, .string(row.key)),
                        (columnsKey, .object(zip(columns, row.values).map { ($0, .int($1)) })),
                    ])
                })
        }
        return JSONValue.object([
            ("reseaux", .int(s.reseaux)),
            (
                "phases",
                .array(s.phases.map { .object([("phase", .string($0.phase)), ("reseaux", .int($0.reseaux)), ("actions", .int($0.actions))]) })
            ),
            ("fonctions_par_phase", matrix(s.fonctionsParPhase, rowKey: "fonction", columnsKey: "phases", columns: phaseIDs)),
            ("fonctions_par_reseau", matrix(s.fonctionsParReseau, rowKey: "reseau", columnsKey: "fonctions", columns: functionIDs)),
            (
                "echelons_territoriaux",
                .array(
                    s.echelonsTerritoriaux.map {
                        .object([
                            ("fonction", .string($0.fonction)), ("echelon", .string($0.echelon)), ("reseau", .string($0.reseau)),
                            ("actions", .strings($0.actions)),
                        ])
                    })
            ),
            (
                "natures",
                .array(s.natures.map { .object([("nature", .string($0.nature)), ("reseaux", .int($0.reseaux)), ("cycles", .int($0.cycles))]) })
            ),
            (
                "innovations",
                .array(
                    s.innovations.map {
                        .object([
                            ("reseau", .string($0.reseau)), ("cycle", .int($0.cycle)), ("nom", .string($0.nom)),
                            ("natures", .strings($0.natures)), ("types", .strings($0.types)),
                            ("phase", $0.phase.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            (
                "couverture",
                .object(
                    ViewCatalog.all.compactMap { view in
                        guard let key = view.dataKey, let c = s.couverture[view.id] else { return nil }
                        return (
                            key,
                            .object([
                                ("reseaux", .int(c.reseaux)), ("avec_donnees", .int(c.withData.count)),
                                ("sans_donnees", .strings(c.withoutData)), ("partielles", .strings(c.partial)),
                            ])
                        )
                    })
            ),
        ]).serialized()
    }
}
