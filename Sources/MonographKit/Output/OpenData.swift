import Foundation

/// The open-data files of FORMAT §6: `reseaux.json`, `reseaux.csv` and `synthese.json`.
enum OpenData {
    /// `reseaux.json`: one element per monograph, each made from its monograph alone.
    static func monographsJSON(_ monographs: [Monograph]) -> PartList {
        PartList(opening: "[\n", separator: ",\n", closing: "\n]\n", empty: JSONValue.serializedArray(elements: []),
                 parts: monographs.map { m in .init(key: m.slug, inputs: JobInputs(m)) { monographJSON(m).arrayElement() } })
    }

    static func monographJSON(_ m: Monograph) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("slug", .string(m.slug)), ("nom", .string(m.nom))]
        if let numero = m.numero { pairs.append(("numero", .int(numero))) }
        pairs.append(("titre", .string(m.titre)))
        pairs.append(("domaine", .string(m.domaine)))
        if let missions = m.missions { pairs.append(("missions", .string(missions))) }
        if let identity = m.identite { pairs.append(("identite", identityJSON(identity))) }
        if let natures = m.natures { pairs.append(("dynamique", .object([("natures", .strings(natures))]))) }
        if let cycles = m.cycles { pairs.append(("cycles", .array(cycles.map(cycleJSON)))) }
        if let practices = m.pratiques {
            pairs.append(("pratiques", .array(practices.map { p in
                var fields: [(String, JSONValue)] = [("echelon", .string(p.echelon)), ("fonction", .string(p.fonction))]
                if let intensite = p.intensite { fields.append(("intensite", .int(intensite))) }
                fields.append(("actions", .array(p.actions.map {
                    .object([("texte", .string($0.texte)), ("phases", .strings($0.phases))])
                })))
                return .object(fields)
            })))
        }
        if let model = m.modele {
            var fields: [(String, JSONValue)] = []
            if let humans = model.richessesHumaines {
                fields.append(("richesses_humaines", .array(humans.map { h in
                    .object((h.echelon.map { [("echelon", JSONValue.string($0))] } ?? []) + [("texte", .string(h.texte))])
                })))
            }
            if let list = model.financements { fields.append(("financements", .strings(list))) }
            if let list = model.partenariats { fields.append(("partenariats", .strings(list))) }
            pairs.append(("modele_socio_economique", .object(fields)))
        }
        if let perspectives = m.perspectives { pairs.append(("perspectives", .strings(perspectives))) }
        pairs.append(("completude", .object(SectionID.allCases.map { ($0.rawValue, .bool(m.isWritten($0))) })))
        pairs.append(("redaction", .object(SectionID.allCases.map { ($0.rawValue, .string(m.state($0).rawValue)) })))
        return .object(pairs)
    }

    private static func identityJSON(_ i: Identity) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let v = i.type { fields.append(("type", .string(v))) }
        if let v = i.creation { fields.append(("creation", .int(v))) }
        if let v = i.creationNote { fields.append(("creation_note", .string(v))) }
        if let v = i.structure { fields.append(("structure", .string(v))) }
        if let v = i.salariesTdr { fields.append(("salaries_tdr", .int(v))) }
        if let v = i.salariesReseau { fields.append(("salaries_reseau", .int(v))) }
        if let v = i.adherents { fields.append(("adherents", .string(v))) }
        if let v = i.budget { fields.append(("budget", .string(v))) }
        return .object(fields)
    }

    private static func cycleJSON(_ c: Cycle) -> JSONValue {
        var fields: [(String, JSONValue)] = [("debut", .int(c.debut)), ("approximatif", .bool(c.approximatif)), ("titre", .string(c.titre))]
        if let v = c.contexte { fields.append(("contexte", .string(v))) }
        if let v = c.reponse { fields.append(("reponse", .string(v))) }
        if let v = c.natures { fields.append(("natures", .strings(v))) }
        if let v = c.qualification { fields.append(("qualification", .string(v))) }
        if let innovations = c.innovations {
            fields.append(("innovations", .array(innovations.map { i in
                var f: [(String, JSONValue)] = [("nom", .string(i.nom))]
                if let v = i.description { f.append(("description", .string(v))) }
                if let v = i.types { f.append(("types", .strings(v))) }
                if let v = i.phase { f.append(("phase", .string(v))) }
                return .object(f)
            })))
        }
        return .object(fields)
    }

    /// One row per network: slug, nom, then the identity fields (RFC 4180, CRLF line ends).
    static func monographsCSV(_ site: Site) -> String {
        let header = ["slug", "nom", "type", "creation", "creation_note", "structure", "salaries_tdr", "salaries_reseau",
                      "adherents", "budget"]
        var rows = [header]
        for m in site.monographs {
            let i = m.identite
            rows.append([m.slug, m.nom, i?.type ?? "", i?.creation.map(String.init) ?? "", i?.creationNote ?? "",
                         i?.structure ?? "", i?.salariesTdr.map(String.init) ?? "", i?.salariesReseau.map(String.init) ?? "",
                         i?.adherents ?? "", i?.budget ?? ""])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func synthesisJSON(_ s: Synthesis, referentiel: Referentiel) -> String {
        let phaseIDs = referentiel.phases.map(\.id), functionIDs = referentiel.fonctions.map(\.id)
        func matrix(_ rows: [Synthesis.Row], rowKey: String, columnsKey: String, columns: [String]) -> JSONValue {
            .array(rows.map { row in
                .object([(rowKey, .string(row.key)),
                         (columnsKey, .object(zip(columns, row.values).map { ($0, .int($1)) }))])
            })
        }
        return JSONValue.object([
            ("reseaux", .int(s.reseaux)),
            ("phases", .array(s.phases.map { .object([("phase", .string($0.phase)), ("reseaux", .int($0.reseaux)), ("actions", .int($0.actions))]) })),
            ("fonctions_par_phase", matrix(s.fonctionsParPhase, rowKey: "fonction", columnsKey: "phases", columns: phaseIDs)),
            ("fonctions_par_reseau", matrix(s.fonctionsParReseau, rowKey: "reseau", columnsKey: "fonctions", columns: functionIDs)),
            ("echelons_territoriaux", .array(s.echelonsTerritoriaux.map {
                .object([("fonction", .string($0.fonction)), ("echelon", .string($0.echelon)), ("reseau", .string($0.reseau)),
                         ("actions", .strings($0.actions))])
            })),
            ("natures", .array(s.natures.map { .object([("nature", .string($0.nature)), ("reseaux", .int($0.reseaux)), ("cycles", .int($0.cycles))]) })),
            ("innovations", .array(s.innovations.map {
                .object([("reseau", .string($0.reseau)), ("cycle", .int($0.cycle)), ("nom", .string($0.nom)),
                         ("natures", .strings($0.natures)), ("types", .strings($0.types)),
                         ("phase", $0.phase.map(JSONValue.string) ?? .null)])
            })),
            ("couverture", .object(ViewCatalog.all.compactMap { view in
                guard let key = view.dataKey, let c = s.couverture[view.id] else { return nil }
                return (key, .object([("reseaux", .int(c.reseaux)), ("avec_donnees", .int(c.withData.count)),
                                      ("sans_donnees", .strings(c.withoutData)), ("partielles", .strings(c.partial))]))
            })),
        ]).serialized()
    }
}
