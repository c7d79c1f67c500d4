/// A problem found in the content, with the place where a writer can fix it.
///
/// Its description is the conventional `path:line:column: error: message`, which editors and CI
/// annotate as a link to the place; `descriptionWithExcerpt` adds the line itself with a caret under
/// the column, for a terminal.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is; only errors fail a build.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// Whether it is an error or a warning.
    public var severity: Severity
    /// The path of the file, as given to the generator (relative to the working directory when possible).
    public var file: String
    /// 1-based line; nil when the problem concerns the file as a whole.
    public var line: Int?
    /// 1-based column, counted in Unicode scalars as libyaml counts them: one per letter, accented
    /// or not, as keyboards type them (precomposed), one per tab; nil when only the line is known.
    public var column: Int?
    /// The message, in French.
    public var message: String
    /// The text of the line (without its line feed), when known: shown under the message with a caret.
    public var sourceLine: String?

    /// A diagnostic of `file`, at `line` and `column` when known.
    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil, message: String,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `path:line:column: error: message`.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A place in a source file: the file's display path and a 1-based line and column.
package struct SourceLocation: Hashable, Sendable {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// Collects diagnostics as they are found, so that a build reports all of them in one pass.
package struct DiagnosticBag: Sendable {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    package mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, message: message))
    }

    package mutating func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    package mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    package mutating func append(contentsOf other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// The diagnostics in reading order: by file, then line, then column.
    package var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Thrown when the content has errors; carries every one of them.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in file order.
    public let diagnostics: [Diagnostic]

    /// The errors `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
