import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// `monograph new`: writes a skeleton monograph, never over an existing file.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée le squelette d’une nouvelle monographie dans Content/reseaux/ (sans jamais écraser un fichier).")

    @Argument(help: ArgumentHelp("Le nom du réseau, par exemple « Fédération des Œuvres Laïques ».", valueName: "nom"))
    var name: String

    @Option(help: ArgumentHelp("Dossier du contenu.", valueName: "dossier"))
    var content = "Content"

    func run() throws {
        let file: URL
        do {
            file = try Skeleton.create(name: name, content: URL(fileURLWithPath: content))
        } catch let refusal as Skeleton.Refusal {
            throw DiagnosticPrinter.report([refusal.diagnostic])
        } catch {
            throw DiagnosticPrinter.report([.writingFailure(error, in: "\(content)/reseaux")])
        }
        print("Monographie créée : \(content)/reseaux/\(file.lastPathComponent)")
        print("Remplissez-la, puis vérifiez-la avec « monograph check » ou suivez-la en direct avec « make serve ».")
    }
}
