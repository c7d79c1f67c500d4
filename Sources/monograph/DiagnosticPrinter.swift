import ArgumentParser
import Foundation
import MonographKit

/// How every command reports a failure: each diagnostic on standard error, with its line and a caret
/// under the column when known, then the count.
enum DiagnosticPrinter {
    /// What a failed command leaves behind, said after the count; true of every failure but the
    /// preview server's port, which is opened once the site is built.
    static let nothingWritten = "rien n'a été écrit"

    /// Prints `diagnostics`, then « N erreurs : `outcome`. »; returns the exit code for the command to throw.
    static func report(_ diagnostics: [Diagnostic], outcome: String = nothingWritten) -> ExitCode {
        report(diagnostics, summary: "\(Format.count(diagnostics.count, "erreur", "erreurs")) : \(outcome).")
    }

    /// What `check`, which never writes, says after the errors: « Contenu vérifié : 3 erreurs à corriger. »
    static func checked(_ diagnostics: [Diagnostic]) -> ExitCode {
        report(diagnostics, summary: "Contenu vérifié : \(Format.count(diagnostics.count, "erreur", "erreurs")) à corriger.")
    }

    /// Prints `diagnostics`, then `summary`; returns the exit code for the command to throw.
    private static func report(_ diagnostics: [Diagnostic], summary: String) -> ExitCode {
        var text = ""
        for diagnostic in diagnostics {
            text += diagnostic.descriptionWithExcerpt + "\n"
        }
        text += summary + "\n"
        FileHandle.standardError.write(Data(text.utf8))
        return ExitCode.failure
    }
}
