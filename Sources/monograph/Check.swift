import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// `monograph check`: validates without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Valide le contenu sans rien écrire, puis affiche l’état de rédaction.")

    @OptionGroup var folders: Folders

    enum OutputFormat: String, ExpressibleByArgument {
        case texte, json
    }

    @Option(help: "Format des diagnostics : texte ou json.")
    var format: OutputFormat = .texte

    func run() throws {
        let builder = folders.builder()
        let result = builder.validate()
        // Warnings are check's alone: the site built never depends on them, nor on today's year.
        let loader = ContentLoader(root: builder.content, displayRoot: folders.content)
        let warnings = loader.missingFolder() == nil ? loader.warnings(year: Calendar.current.component(.year, from: Date())) : []
        switch (result, format) {
        case (.failure(let errors), .texte):
            throw DiagnosticPrinter.checked(errors.diagnostics, warnings: warnings)
        case (.failure(let errors), .json):
            print(DiagnosticsJSON.encode(DiagnosticPrinter.merged(errors.diagnostics, warnings)), terminator: "")
            throw ExitCode.failure
        case (.success, .json):
            print(DiagnosticsJSON.encode(warnings), terminator: "")
        case (.success(let (site, _)), .texte):
            if !warnings.isEmpty { DiagnosticPrinter.warn(warnings) }
            print(CompletenessTable.render(site))
        }
    }
}
