import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

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

    /// What `check`, which never writes, says after the errors and warnings, in file order:
    /// « Contenu vérifié : 3 erreurs à corriger. », « …, 1 avertissement. »
    static func checked(_ diagnostics: [Diagnostic], warnings: [Diagnostic] = []) -> ExitCode {
        report(
            merged(diagnostics, warnings),
            summary: "Contenu vérifié : \(Format.count(diagnostics.count, "erreur", "erreurs")) à corriger"
                + (warnings.isEmpty ? "" : ", " + Format.count(warnings.count, "avertissement", "avertissements")) + ".")
    }

    /// Prints the warnings of a valid content, then their count, on standard error.
    static func warn(_ warnings: [Diagnostic]) {
        var text = ""
        for warning in warnings { text += warning.descriptionWithExcerpt + "\n" }
        text += "Contenu vérifié : " + Format.count(warnings.count, "avertissement", "avertissements") + ".\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Errors and warnings in file order (by file, then line, then column), errors first at one place.
    static func merged(_ errors: [Diagnostic], _ warnings: [Diagnostic]) -> [Diagnostic] {
        guard !warnings.isEmpty else { return errors }
        return (errors + warnings).enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
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
