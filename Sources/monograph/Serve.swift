import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographServe
import MonographViews

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
        // A busy port is said before anything is built, in the writer's words.
        if port != 0, !Self.canListen(on: port) {
            let busy = Diagnostic(
                file: "127.0.0.1:\(port)",
                message: "le port \(port) est déjà utilisé, sans doute par un autre aperçu : arrêtez-le, ou choisissez un autre port "
                    + "(monograph serve --port \(port == UInt16.max ? port - 1 : port + 1))")
            throw DiagnosticPrinter.report([busy], outcome: "rien n'a été construit")
        }
        let server = try PreviewServer(builder: builder, projectRoot: root, port: port)
        // Ctrl-C, or a request to end (SIGTERM, from a process manager), closes the server normally.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        let termination = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .main)
        let task = Task {
            try await server.run { version, diagnostics in
                let time = Self.clock(Date())
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
            let failure = Diagnostic(
                file: "127.0.0.1:\(port)", message: "le serveur n’a pas pu écouter sur le port \(port) : choisissez un autre port avec --port")
            // The site is built before the port is opened: something was written.
            throw DiagnosticPrinter.report([failure], outcome: "le serveur n'a pas démarré")
        }
    }
}

extension Serve {
    /// The time of day on the 24-hour clock, as French writes it in a log: « 20:10:35 ».
    static func clock(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: date)
        return [parts.hour, parts.minute, parts.second].map { ($0 ?? 0) < 10 ? "0\($0 ?? 0)" : "\($0 ?? 0)" }.joined(separator: ":")
    }

    /// Whether a server may listen on `port` of 127.0.0.1 now: a socket is bound to it and closed at once.
    static func canListen(on port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0
    }
}

/// Prints a line at once, even when standard output is a pipe (the server's log is followed live).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
