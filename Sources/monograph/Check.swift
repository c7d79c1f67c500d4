import ArgumentParser
import MonographKit

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
        switch (folders.builder().validate(), format) {
        case (.failure(let errors), .texte):
            throw DiagnosticPrinter.checked(errors.diagnostics)
        case (.failure(let errors), .json):
            print(DiagnosticsJSON.encode(errors.diagnostics), terminator: "")
            throw ExitCode.failure
        case (.success, .json):
            print(DiagnosticsJSON.encode([]), terminator: "")
        case (.success(let (site, _)), .texte):
            print(CompletenessTable.render(site))
        }
    }
}
