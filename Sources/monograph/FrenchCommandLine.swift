import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// The few words swift-argument-parser writes itself (headings of the help, its own option, its
/// errors), said in French: the library has no localisation, so its text is translated on the way
/// out, by a fixed table whose every entry `CommandLineTests` checks against the library's output.
enum FrenchCommandLine {
    /// The library's phrases and their French, applied in order.
    private static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "DESCRIPTION : "),
        ("USAGE: ", "UTILISATION : "),
        ("OPTIONS:", "OPTIONS :"),
        ("ARGUMENTS:", "ARGUMENTS :"),
        ("SUBCOMMANDS:", "COMMANDES :"),
        ("Show help information.", "Affiche cette aide."),
        ("(default: ", "(par défaut : "),
        ("(default:", "(par défaut :"),
        // The subcommand list pads its names to a column: the three letters more take three spaces.
        (" (default)   ", " (par défaut)"),
        ("Error: ", "erreur : "),
        ("Help: ", "Aide : "),
        ("Usage: ", "Utilisation : "),
        ("<subcommand>", "<commande>"),
    ]

    /// The library's sentences, with the parts that name what the user typed.
    private static let sentences: [(pattern: String, french: String)] = [
        (#"See '(.+) help <commande>' for detailed help\."#, "« $1 help <commande> » donne l’aide de chaque commande."),
        (#"See '(.+) --help' for more information\."#, "« $1 --help » en dit plus."),
        (#"Unexpected arguments? '(.+)'"#, "argument inattendu « $1 »"),
        (#"Missing expected argument '(.+)'"#, "argument manquant : $1"),
        (#"Missing value for '(.+)'"#, "valeur manquante pour $1"),
        (#"Unknown option '(.+)'"#, "option inconnue « $1 »"),
        (#"The value '(.+)' is invalid for '(.+)'"#, "la valeur « $1 » ne convient pas à $2"),
        (#"Please provide one of (.+)\."#, "valeurs possibles : $1."),
        (#"Can't parse (.+) from '(.+)'"#, "« $2 » n’est pas un nombre valide"),
    ]

    /// `text` from the library, in French.
    static func translate(_ text: String) -> String {
        var result = text
        for (english, french) in phrases { result = result.replacingOccurrences(of: english, with: french) }
        for (pattern, french) in sentences {
            result = result.replacingOccurrences(of: pattern, with: french, options: .regularExpression)
        }
        return result
    }

    /// The refusal of a first argument that names no command (`monograph chek`), with the closest one;
    /// nil when the arguments start with a command, an option or nothing.
    static func unknownCommand(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        return "erreur : commande inconnue « \(first) »" + Suggestion.hint(for: first, in: commands)
            + " (commandes : \(commands.joined(separator: ", ")))"
    }
}
