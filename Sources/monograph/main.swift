import ArgumentParser
import Foundation
import MonographKit
import MonographServe

/// The command line: parse arguments, call MonographKit, print diagnostics, exit.
@main
struct Monograph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monograph",
        abstract: "Construit le site des monographies à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self, New.self, Schema.self, Serve.self],
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

/// Prints every diagnostic with its line and a caret under the column, then the count, and exits.
func report(_ errors: ContentErrors) -> Never {
    for diagnostic in errors.diagnostics {
        FileHandle.standardError.write(Data((diagnostic.descriptionWithExcerpt + "\n").utf8))
    }
    FileHandle.standardError.write(Data("\(Format.count(errors.diagnostics.count, "erreur", "erreurs")) : rien n'a été écrit.\n".utf8))
    Foundation.exit(1)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Valide le contenu et construit le site dans le dossier de sortie.")

    @OptionGroup var folders: Folders

    func run() throws {
        let builder = folders.builder()
        do {
            let report = try builder.build(projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            print("Site construit dans \(folders.output)/ : \(Format.count(report.pages, "page", "pages")), "
                  + "\(Format.count(report.files.count, "fichier", "fichiers")).")
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

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée le squelette d'une nouvelle monographie dans Content/reseaux/ (sans jamais écraser un fichier).")

    @Argument(help: "Le nom du réseau, par exemple \"Fédération des Œuvres Laïques\".")
    var name: String

    @Option(help: "Dossier du contenu.")
    var content = "Content"

    func run() throws {
        do {
            let file = try Skeleton.create(name: name, content: URL(fileURLWithPath: content))
            print("Monographie créée : \(content)/reseaux/\(file.lastPathComponent)")
            print("Remplissez-la, puis vérifiez-la avec « monograph check » ou suivez-la en direct avec « make serve ».")
        } catch let refusal as Skeleton.Refusal {
            FileHandle.standardError.write(Data("erreur : \(refusal.description)\n".utf8))
            Foundation.exit(1)
        }
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Affiche le schéma JSON (draft 2020-12) des métadonnées d'une monographie, tiré du référentiel.")

    @Option(help: "Dossier du contenu (pour lire referentiel.yml).")
    var content = "Content"

    func run() throws {
        let loader = ContentLoader(root: URL(fileURLWithPath: content), displayRoot: content)
        switch loader.loadReferentiel() {
        case .success(let referentiel): print(FrontMatterSchema.json(referentiel: referentiel), terminator: "")
        case .failure(let errors): report(errors)
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Construit le site, le sert sur 127.0.0.1 et le reconstruit à chaque enregistrement, pages rechargées.")

    @OptionGroup var folders: Folders

    @Option(help: "Port d'écoute sur 127.0.0.1.")
    var port: UInt16 = 8000

    func run() async throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let builder = folders.builder()
        let writer = OutputWriter(output: builder.output)
        if let refusal = writer.check(sources: [builder.content, builder.templates], projectRoot: root) {
            FileHandle.standardError.write(Data("erreur : \(refusal.description)\n".utf8))
            Foundation.exit(1)
        }
        let server = try PreviewServer(builder: builder, projectRoot: root, port: port)
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        let task = Task {
            try await server.run { version, diagnostics in
                let time = Date().formatted(.dateTime.hour().minute().second())
                if diagnostics.isEmpty {
                    say("[\(time)] site construit (version \(version))")
                } else {
                    for diagnostic in diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
                    say("[\(time)] \(Format.count(diagnostics.count, "erreur", "erreurs")) : le dernier site valide reste servi")
                }
            }
        }
        interrupt.setEventHandler {
            say("\nArrêt du serveur.")
            task.cancel()
            Task { await server.stop(); Foundation.exit(0) }
        }
        interrupt.resume()
        if let listening = try? await server.listeningPort() {
            say("Aperçu sur http://127.0.0.1:\(listening)/ — Ctrl-C pour arrêter.")
        }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            FileHandle.standardError.write(Data("erreur : serveur impossible à démarrer sur le port \(port) (\(error))\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// Prints a line at once, even when standard output is a pipe (the server's log is followed live).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
