/// Diagnostics as JSON, for editors and CI: an object with `erreurs`, an array of
/// `{fichier, ligne, colonne, gravite, message, texte_ligne}` (`texte_ligne`: the text of the line, or null).
package enum DiagnosticsJSON {
    package static func encode(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.object([
            (
                "erreurs",
                .array(
                    diagnostics.map { d in
                        .object([
                            ("fichier", .string(d.file)),
                            ("ligne", d.line.map(JSONValue.int) ?? .null),
                            ("colonne", d.column.map(JSONValue.int) ?? .null),
                            ("gravite", .string(d.severity.rawValue)),
                            ("message", .string(d.message)),
                            ("texte_ligne", d.sourceLine.map(JSONValue.string) ?? .null),
                        ])
                    })
            )
        ]).serialized()
    }
}
