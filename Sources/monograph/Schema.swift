import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// `monograph schema`: the JSON schema of a monograph's front matter, for editors.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Affiche le schéma JSON (draft 2020-12) des métadonnées d’une monographie, tiré du référentiel.")

    @Option(help: ArgumentHelp("Dossier du contenu (pour lire referentiel.yml).", valueName: "dossier"))
    var content = "Content"

    func run() throws {
        let loader = ContentLoader(root: URL(fileURLWithPath: content), displayRoot: content)
        switch loader.loadReferentiel() {
        case .success(let referentiel): print(FrontMatterSchema.json(referentiel: referentiel), terminator: "")
        case .failure(let errors): throw DiagnosticPrinter.report(errors.diagnostics)
        }
    }
}
