import Foundation
import Yams

/// A French text with « : » followed by a space, left unquoted, is not a text for YAML:
/// `- Des acteurs publics : élus locaux` is a dictionary of one key, and `domaine: Accueil : familles`
/// is a syntax error. Either way the writer gets one message saying so, with the line to write instead.
extension NodeReader {
    /// Reports `node` when it is a text that YAML read as a dictionary of one key (the text before
    /// « : », the rest as its value), once, at the text's place; returns whether it did.
    ///
    /// `allowed` are the keys of a real dictionary in this place (`texte` and `phases` for an action):
    /// one of them, or a lower-case word close to one (`text`), is a dictionary with a typo, not a text.
    /// `listItem` says whether the text stands in a list (`- "…"`) or under `key` (`key: "…"`).
    mutating func reportsColonInText(_ node: Node, allowed: [String] = [], listItem: Bool, key: String) -> Bool {
        guard case .mapping(let mapping) = node, mapping.count == 1, let (keyNode, value) = mapping.first,
            case .scalar(let before) = keyNode, before.style == .plain,
            case .scalar(let after) = value, !allowed.contains(before.string)
        else { return false }
        if Self.looksLikeKey(before.string) && Suggestion.closest(to: before.string, in: allowed) != nil { return false }
        let endsWithColon = after.style == .plain && after.string.isEmpty
        let text = writtenText(from: keyNode, value: after) ?? before.string + (endsWithColon ? " :" : " : " + after.string)
        let problem = endsWithColon ? "ce texte se termine par « : »" : "ce texte contient « : » suivi d’une espace"
        error(
            problem + ", ce qui en fait un dictionnaire YAML : mettez tout le texte entre guillemets : "
                + (listItem ? "- " : key + ": ") + Self.quoted(text), at: node)
        return true
    }

    /// The text as the writer typed it, from the key to the end of its line, when the value ends the line.
    private func writtenText(from keyNode: Node, value: Node.Scalar) -> String? {
        guard let mark = keyNode.mark, let line = Self.line(mark.line, of: yaml) else { return nil }
        var text = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(max(0, mark.column - 1))))
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        let ending = value.style == .plain && value.string.isEmpty ? ":" : value.string
        return text.hasSuffix(ending) ? text : nil
    }

    /// The message for YAML's « mapping values are not allowed in this context » on a line that holds a
    /// text with « : » (`domaine: Accueil : familles`, `- Objectif : former : les élus`): the place where the
    /// text starts and the line to write instead; nil when the line is not of that form.
    static func colonInTextMessage(line: Substring) -> (column: Int, message: String)? {
        var rest = line.drop { $0 == " " }
        let isListItem = rest.hasPrefix("- ")
        if isListItem { rest = rest.dropFirst(2).drop { $0 == " " } }
        var fix = isListItem ? "- " : ""
        if let colon = rest.range(of: ": "), looksLikeKey(String(rest[..<colon.lowerBound])) {
            fix += rest[..<colon.upperBound]
            rest = rest[colon.upperBound...].drop { $0 == " " }
        } else if !isListItem {
            return nil
        }
        var text = String(rest)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        guard text.contains(": "), let first = text.first, !"\"'[{|>&*!%@`#".contains(first) else { return nil }
        let column = line.unicodeScalars.count - rest.unicodeScalars.count + 1
        return (
            column,
            "ce texte contient « : » suivi d’une espace, que YAML lit comme une clé : mettez tout le texte entre guillemets : "
                + fix + quoted(text)
        )
    }

    /// Whether `s` reads as one of the format's keys (`texte`, `salaries_tdr`) rather than as prose.
    static func looksLikeKey(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// `text` between double quotes, as YAML reads it back unchanged.
    package static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Line `number` (1-based) of `text`, without its line feed.
    package static func line(_ number: Int, of text: String) -> Substring? {
        let lines = Text.lines(text)
        return lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
