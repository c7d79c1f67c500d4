import ArgumentParser

/// The command line: parse arguments, call MonographKit, print diagnostics, exit.
@main
struct Monograph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monograph",
        abstract: "Construit le site des monographies à partir de Content/ et Templates/.",
        subcommands: [Build.self, Check.self, New.self, Schema.self, Serve.self],
        defaultSubcommand: Build.self)
}
