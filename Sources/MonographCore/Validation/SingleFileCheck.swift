/// Checks one monograph file held in memory, without a content folder: for editors, fuzzing and tests.
public enum SingleFileCheck {
    /// The reference frameworks' ids as FORMAT §3 lists them, used when no `referentiel.yml` is given.
    public static let formatReferentiel: Referentiel = {
        func items(_ ids: [String]) -> [ReferenceItem] { ids.map { ReferenceItem(id: $0, libelle: $0) } }
        var natures = items(["invention", "extension", "transformation", "optimisation"])
        for (i, (objet, logique)) in [
            ("solutions", "nouveaute"), ("solutions", "adaptation"), ("processus", "nouveaute"),
            ("processus", "adaptation"),
        ].enumerated() {
            natures[i].objet = objet
            natures[i].logique = logique
        }
        return Referentiel(
            fonctions: items([
                "mise-en-reseau", "ingenierie", "pilotage-de-projets", "accompagnement-personnalise", "plaidoyer",
                "fonction-operateur",
            ]),
            natures: natures,
            phases: items(["emergence", "experimentation", "modelisation", "diffusion", "deploiement"]),
            echelons: items(["national", "regional", "departemental", "local"]),
            types: items(["solutions", "accessibilite-distribution", "organisation-gouvernance", "modele-socioeconomique", "technologique"]))
    }()

    /// Decodes, parses and validates `bytes` as `reseaux/<slug>.md`, then renders its body's Markdown;
    /// returns every diagnostic. Never traps on any input.
    public static func monograph(_ bytes: [UInt8], path: String = "reseaux/fuzz.md", referentiel: Referentiel = formatReferentiel)
        -> (monograph: Monograph?, diagnostics: [Diagnostic])
    {
        var bag = DiagnosticBag()
        switch SourceFile.decode(bytes, path: path) {
        case .failure(let errors):
            return (nil, Diagnostic.quotingLines(errors.diagnostics) { _ in SourceFile.text(lossy: bytes[...]) })
        case .success(let file):
            let reader = ContentReader(site: referentiel)
            let monograph = reader.monograph(file, slug: "fuzz", &bag)
            // The bodies were rendered as they were read; their views are placed here.
            if let monograph {
                for prose in [monograph.body.lead].compactMap({ $0 }) + Array(monograph.body.sections.values) {
                    _ = prose.filled { _ in "" }
                }
            }
            return (monograph, Diagnostic.quotingLines(bag.diagnostics) { _ in file.text })
        }
    }
}
