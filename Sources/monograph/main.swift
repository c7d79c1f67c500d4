import ArgumentParser
import Foundation
import MonographKit

/// The command line: parse arguments, call MonographKit, print diagnostics, exit.
@main
struct Monograph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monograph",
        abstract: "Construit le site des monographies à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)
}

struct Folders: ParsableArguments {
    @Option(help: "Dossier du contenu.")
    var content = "Content"

    @Option(help: "Dossier des gabarits et des fichiers statiques.")
    var templates = "Templates"

    @Option(help: "Dossier de sortie.")
    var output = "Output"

    func builder() -> SiteBuilder {
        SiteBuilder(content: url(content), templates: url(templates), output: url(output),
                    contentDisplay: content, templatesDisplay: templates)
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

func report(_ errors: ContentErrors) -> Never {
    for diagnostic in errors.diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    let count = errors.diagnostics.count
    FileHandle.standardError.write(Data("\(count) erreur\(count > 1 ? "s" : "") : rien n'a été écrit.\n".utf8))
    Foundation.exit(1)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Valide le contenu et construit le site dans le dossier de sortie.")

    @OptionGroup var folders: Folders

    func run() throws {
        let builder = folders.builder()
        do {
            let files = try builder.build(projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            let pages = files.keys.filter { $0.hasSuffix(".html") }.count
            print("Site construit dans \(folders.output)/ : \(pages) pages, \(files.count) fichiers.")
        } catch let errors as ContentErrors {
            report(errors)
        } catch let refusal as OutputWriter.Refusal {
            FileHandle.standardError.write(Data("erreur : \(refusal.description)\n".utf8))
            Foundation.exit(1)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Valide le contenu sans rien écrire, puis affiche l'état de rédaction.")

    @OptionGroup var folders: Folders

    enum OutputFormat: String, ExpressibleByArgument {
        case texte, json
    }

    @Option(help: "Format des diagnostics : texte ou json.")
    var format: OutputFormat = .texte

    func run() throws {
        let result = folders.builder().validate()
        switch (result, format) {
        case (.failure(let errors), .texte):
            report(errors)
        case (.failure(let errors), .json):
            print(DiagnosticsJSON.encode(errors.diagnostics), terminator: "")
            Foundation.exit(1)
        case (.success(let (site, _)), .json):
            print(DiagnosticsJSON.encode([]), terminator: "")
            _ = site
        case (.success(let (site, _)), .texte):
            print(CompletenessTable.render(site))
        }
    }
}
