import ArgumentParser
import Foundation
import MonographCore
import MonographRendering
import MonographViews

/// The command line: parse arguments, call MonographKit, print diagnostics, exit.
@main
struct Monograph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monograph",
        abstract: "Construit le site des monographies à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self, New.self, Schema.self, Serve.self],
        defaultSubcommand: Build.self)

    /// As the library's `main`, with its own words in French (`FrenchCommandLine`).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { String(describing: $0).lowercased() }
        if let refusal = FrenchCommandLine.unknownCommand(arguments, commands: commands) {
            FileHandle.standardError.write(Data((refusal + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = FrenchCommandLine.translate(fullMessage(for: error))
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
