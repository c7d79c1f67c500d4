import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// `monograph build`, the default command.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Valide le contenu et construit le site dans le dossier de sortie.")

    @OptionGroup var folders: Folders

    func run() throws {
        let builder = folders.builder()
        let report: SiteBuilder.Report
        do {
            report = try builder.build(projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch let errors as ContentErrors {
            throw DiagnosticPrinter.report(errors.diagnostics)
        } catch let refusal as OutputWriter.Refusal {
            throw DiagnosticPrinter.report([refusal.diagnostic])
        } catch let failure as SearchIndexer.Failure {
            throw DiagnosticPrinter.report([Diagnostic(file: builder.output.path, message: "index de recherche impossible : \(failure)")])
        } catch {
            throw DiagnosticPrinter.report([.writingFailure(error, in: builder.output.path)])
        }
        print(
            "Site construit dans \(folders.output)/ : \(Format.count(report.pages, "page", "pages")), "
                + "\(Format.count(report.files.count, "fichier", "fichiers")).")
        for note in report.notes { print("note : " + note) }
        if !report.warnings.isEmpty { DiagnosticPrinter.warn(report.warnings) }
    }
}
