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
        var text = ""
        for diagnostic in diagnostics {
            text += diagnostic.descriptionWithExcerpt + "\n"
        }
        text += "\(Format.count(diagnostics.count, "erreur", "erreurs")) : \(outcome).\n"
        FileHandle.standardError.write(Data(text.utf8))
        return ExitCode.failure
    }
}
