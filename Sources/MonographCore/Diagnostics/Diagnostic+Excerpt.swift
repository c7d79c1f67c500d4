/// The line a diagnostic points at, shown under it with a caret under the column, as compilers and
/// Yams do:
///
/// ```
/// Content/reseaux/inae.md:14:15: error: fonction inconnue « ingenieri » ; …
///    14 |     fonction: ingenieri
///       |               ^
/// ```
extension Diagnostic {
    /// The description, then the excerpt when the line's text is known: for a terminal.
    package var descriptionWithExcerpt: String {
        excerpt.map { description + "\n" + $0 } ?? description
    }

    /// The line's text after its number, then a caret under the column (no caret when the column is
    /// unknown); nil when the line or its text is unknown.
    ///
    /// The caret lines up in a terminal whatever comes before it: tabs are repeated as tabs, combining
    /// accents take no room, wide characters (emoji, CJK) take two. Control characters are shown as
    /// « � » rather than sent to the terminal. A long line is cut around the caret.
    package var excerpt: String? {
        guard let line, let sourceLine else { return nil }
        let number = String(line)
        let scalars = Array(sourceLine.unicodeScalars)
        let caret = column.map { max(0, $0 - 1) }
        var start = 0, end = scalars.count
        if scalars.count > Self.excerptWidth {
            let at = min(caret ?? 0, scalars.count)
            start = max(0, min(at - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
            end = start + Self.excerptWidth
        }
        var shown = String.UnicodeScalarView()
        var padding = String.UnicodeScalarView()
        if start > 0 {
            shown.append("…")
            padding.append(" ")
        }
        for index in start..<end {
            let scalar = scalars[index]
            shown.append(Self.isControl(scalar) ? "\u{FFFD}" : scalar)
            if let caret, index < caret { padding.append(contentsOf: Self.room(for: scalar).unicodeScalars) }
        }
        if end < scalars.count { shown.append("…") }
        if let caret, caret > scalars.count { padding.append(contentsOf: String(repeating: " ", count: caret - scalars.count).unicodeScalars) }

        let gutter = String(repeating: " ", count: 3 + number.count)
        var out = "   " + number + " | " + String(shown)
        if caret != nil { out += "\n" + gutter + " | " + String(padding) + "^" }
        return out
    }

    /// The most characters of a line shown in an excerpt.
    static let excerptWidth = 160

    /// What the caret's padding repeats for `scalar` so as to take the same room in a terminal.
    private static func room(for scalar: Unicode.Scalar) -> String {
        if scalar == "\t" { return "\t" }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return ""
        default: break
        }
        return isWide(scalar) ? "  " : " "
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "\t" else { return false }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// Characters a terminal draws two cells wide: emoji and East Asian wide and full-width forms.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `diagnostics`, each with the text of its line taken from the text of its file (`text(path)`,
    /// nil when the file cannot be read); each file's text is asked for once.
    static func quotingLines(_ diagnostics: [Diagnostic], from text: (String) -> String?) -> [Diagnostic] {
        var lines: [String: [Substring]] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.sourceLine == nil, let line = diagnostic.line, line >= 1 else { return diagnostic }
            if lines[diagnostic.file] == nil { lines[diagnostic.file] = text(diagnostic.file).map(Text.lines) ?? [] }
            guard let fileLines = lines[diagnostic.file], line <= fileLines.count else { return diagnostic }
            var quoted = diagnostic
            quoted.sourceLine = String(fileLines[line - 1])
            return quoted
        }
    }
}
