import Yams

/// The publication's keys of `site.yml` (FORMAT §9): the legal notice and the accessibility statement.
extension ContentReader {
    /// The legal notice under `node` (nil: the key is absent), and a warning for each required field
    /// it leaves out: at its key when written without a value, else at the key of the mapping that should
    /// hold it (`keyNode` for `mentions_legales`), else for the file as a whole.
    func legalNotice(_ node: Node?, keyNode: Node?, _ reader: inout NodeReader) -> (LegalNotice, [Diagnostic]) {
        var notice = LegalNotice()
        var warnings: [Diagnostic] = []
        func missing(_ key: String, _ meaning: String, in mapping: Node?) {
            let place = mapping.map { reader.location($0) }
            warnings.append(
                Diagnostic(
                    .warning, file: reader.file, line: place?.line, column: place?.column,
                    message: "mentions légales incomplètes : « mentions_legales.\(key) » (\(meaning)) n’est pas renseigné ; "
                        + "la page des mentions légales le dit",
                    sourceLine: place.flatMap { NodeReader.line($0.line, of: reader.yaml) }.map(String.init)))
        }
        guard let node else {
            for field in LegalNotice.required { missing(field.key, field.meaning, in: nil) }
            return (notice, warnings)
        }
        let keys = ["association", "siege", "telephone", "directeur_publication", "hebergeur", "rna", "siren"]
        guard let f = reader.fields(node, allowed: keys, what: "« mentions_legales »") else { return (notice, []) }
        notice.association = reader.string(f["association"], key: "association")
        notice.siege = reader.string(f["siege"], key: "siege")
        notice.telephone = reader.string(f["telephone"], key: "telephone")
        notice.directeurPublication = reader.string(f["directeur_publication"], key: "directeur_publication")
        notice.rna = reader.string(f["rna"], key: "rna")
        notice.siren = reader.string(f["siren"], key: "siren")
        // A key written without a value is warned at its own line.
        func written(_ fields: Fields, _ key: String) -> Node? { fields.entries.first { $0.key == key }?.keyNode }
        for field in LegalNotice.required where f[field.key] == nil {
            missing(field.key, field.meaning, in: written(f, field.key) ?? keyNode ?? node)
        }
        if let hostNode = f["hebergeur"], let g = reader.fields(hostNode, allowed: LegalNotice.hostFields.map(\.key), what: "« hebergeur »") {
            notice.hebergeur = LegalNotice.Host(
                nom: reader.string(g["nom"], key: "nom"), adresse: reader.string(g["adresse"], key: "adresse"),
                telephone: reader.string(g["telephone"], key: "telephone"))
            for field in LegalNotice.hostFields where g[field.key] == nil {
                missing("hebergeur." + field.key, field.meaning, in: written(g, field.key) ?? written(f, "hebergeur") ?? hostNode)
            }
        }
        return (notice, warnings)
    }

    /// The accessibility statement under `node`; its defaults when the key is absent.
    func accessibilityStatement(_ node: Node?, _ reader: inout NodeReader) -> AccessibilityStatement {
        var statement = AccessibilityStatement()
        let keys = ["etat", "date_audit", "contenus_non_accessibles", "derogations", "schema_pluriannuel"]
        guard let node, let f = reader.fields(node, allowed: keys, what: "« accessibilite »") else { return statement }
        if let etat = reader.string(f["etat"], key: "etat"), let etatNode = f["etat"] {
            let ids = AccessibilityStatement.Status.allCases.map(\.rawValue)
            if let status = AccessibilityStatement.Status(rawValue: etat) {
                statement.etat = status
            } else {
                reader.error(
                    "état « \(etat) » inconnu" + Suggestion.hint(for: etat, in: ids) + " (valeurs possibles : "
                        + ids.joined(separator: ", ") + ")", at: etatNode)
            }
        }
        if let date = reader.string(f["date_audit"], key: "date_audit"), let dateNode = f["date_audit"] {
            if Self.isDate(date) {
                statement.dateAudit = date
            } else {
                reader.error("date « \(date) » invalide : « date_audit » s’écrit AAAA-MM-JJ, par exemple « 2026-11-30 »", at: dateNode)
            }
        }
        statement.contenusNonAccessibles = reader.strings(f["contenus_non_accessibles"], key: "contenus_non_accessibles") ?? []
        statement.derogations = reader.strings(f["derogations"], key: "derogations") ?? []
        if let plan = reader.string(f["schema_pluriannuel"], key: "schema_pluriannuel"), let planNode = f["schema_pluriannuel"] {
            if (plan.hasPrefix("https://") || plan.hasPrefix("http://")) && !plan.contains(where: \.isWhitespace) {
                statement.schemaPluriannuel = plan
            } else {
                reader.error(
                    "adresse « \(plan) » invalide : « schema_pluriannuel » est l’adresse absolue du schéma pluriannuel, "
                        + "par exemple « https://exemple.org/accessibilite/schema.pdf »", at: planNode)
            }
        }
        return statement
    }
}
