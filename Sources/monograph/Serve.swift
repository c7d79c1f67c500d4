import ArgumentParser
import Foundation
import MonographKit
import MonographServe

/// `monograph serve`: the preview server, until Ctrl-C.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Construit le site, le sert sur 127.0.0.1 et le reconstruit à chaque enregistrement, pages rechargées.")

    @OptionGroup var folders: Folders

    @Option(help: "Port d’écoute sur 127.0.0.1.")
    var port: UInt16 = 8000

    func run() async throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let builder = folders.builder()
        if let missing = ContentLoader(root: builder.content, displayRoot: folders.content).missingFolder() {
            throw DiagnosticPrinter.report([missing])
        }
        let writer = OutputWriter(output: builder.output)
        if let refusal = writer.check(sources: [builder.content, builder.templates], projectRoot: root) {
            throw DiagnosticPrinter.report([refusal.diagnostic])
        }
        let server = try PreviewServer(builder: builder, projectRoot: root, port: port)
        // Ctrl-C, or a request to end (SIGTERM, from a process manager), closes the server normally.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        let termination = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .main)
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
        // Ctrl-C cancels the server's task, which closes the socket and stops watching the folders;
        // `run` then returns normally, and the command exits 0.
        for source in [interrupt, termination] {
            source.setEventHandler {
                say("\nArrêt du serveur.")
                task.cancel()
            }
            source.resume()
        }
        defer {
            interrupt.cancel()
            termination.cancel()
        }
        if let listening = try? await server.listeningPort() {
            say("Aperçu sur http://127.0.0.1:\(listening)/ — Ctrl-C pour arrêter.")
        }
        do {
            try await task.value
        } catch  where task.isCancelled {
            // Ctrl-C: whatever the server and the watcher threw on their way out, this is a normal end.
        } catch {
            let failure = Diagnostic(file: "127.0.0.1:\(port)", message: "serveur impossible à démarrer sur le port \(port) (\(error))")
            // The site is built before the port is opened: something was written.
            throw DiagnosticPrinter.report([failure], outcome: "le serveur n'a pas démarré")
        }
    }
}

/// Prints a line at once, even when standard output is a pipe (the server's log is followed live).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
