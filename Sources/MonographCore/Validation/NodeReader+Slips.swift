import Yams

/// The typing slips behind YAML's syntax errors, found on the lines themselves: libyaml stops where the
/// text stops making sense, often a line or two after the slip, and names a grammar rule. The writer is
/// told the slip instead, at its line, with the line to write when it can be given.
extension NodeReader {
    /// A slip: its 1-based line and column in the YAML text, and the message.
    struct Slip {
        let line: Int
        let column: Int
        let message: String
    }

    /// Every key of the content's files: a line `cle:valeur` with one of them is a forgotten space.
    static let knownKeys: Set<String> = {
        var keys: Set<String> = [
            "titre", "sous_titre", "langue", "url", "editeur", "date_publication", "licence", "contact", "html_brut",
            "mentions_legales", "association", "siege", "telephone", "directeur_publication", "hebergeur", "nom", "adresse", "rna",
            "siren", "accessibilite", "messages_historique", "etat", "date_audit", "contenus_non_accessibles", "derogations", "schema_pluriannuel",
            "ordre", "id", "libelle", "description", "objet", "logique", "fonctions", "natures", "phases", "echelons", "types",
        ]
        func walk(_ group: FieldGroup) {
            for field in group.fields {
                keys.insert(field.key)
                if let nested = field.type.nestedGroup { walk(nested) }
            }
        }
        walk(FrontMatter.monograph)
        keys.formUnion(FieldType.sectionKeys)
        return keys
    }()

    /// The causes of a YAML syntax error at `errorLine`, when they can be seen on the lines up to it:
    /// tabs in the indentation, a key without a space after « : », a quote inside a quoted text, an
    /// indentation that matches no level. Empty when none is seen.
    /// `lineOffset` is added to the lines that messages name.
    static func slips(causing errorLine: Int, in yaml: String, lineOffset: Int) -> [Slip] {
        let lines = Text.lines(yaml)
        let tabs = tabSlips(lines)
        if let first = tabs.first, first.line <= errorLine {
            return (tabs + missingSpaces(lines)).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        }
        let spaces = missingSpaces(lines, upTo: errorLine, anyKey: true)
        if !spaces.isEmpty { return spaces }
        if lines.indices.contains(errorLine - 1), let quote = quoteSlip(lines[errorLine - 1], line: errorLine) { return [quote] }
        if let indentation = indentationSlip(lines, upTo: errorLine, lineOffset: lineOffset) { return [indentation] }
        return []
    }

    // MARK: Tabs

    /// Every line whose indentation holds a tab, at the first tab.
    static func tabSlips(_ lines: [Substring]) -> [Slip] {
        lines.enumerated().compactMap { index, line in
            let scalars = line.unicodeScalars
            let indentation = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "-" }
            guard let tab = indentation.firstIndex(of: "\t"), scalars.contains(where: { $0 != " " && $0 != "\t" }) else { return nil }
            return Slip(
                line: index + 1, column: scalars.distance(from: scalars.startIndex, to: tab) + 1,
                message: "tabulation dans l’indentation : les métadonnées n’acceptent pas les tabulations ; indentez avec des espaces")
        }
    }

    // MARK: A space after « : »

    /// The lines `cle:valeur` up to `last` (every line when nil): a key glued to its value, which YAML
    /// reads as a text. The key must be one of `knownKeys`, or, when `anyKey`, any word that looks like a key.
    static func missingSpaces(_ lines: [Substring], upTo last: Int? = nil, anyKey: Bool = false) -> [Slip] {
        var slips: [Slip] = []
        for (index, line) in lines.prefix(last ?? lines.count).enumerated() where mayGlueAKey(line) {
            var rest = line.drop { $0 == " " }
            var prefix = ""
            if rest.hasPrefix("- ") {
                rest = rest.dropFirst(2).drop { $0 == " " }
                prefix = "- "
            }
            // On the bytes, as `mayGlueAKey` looks: « : » is one byte, never inside a character's.
            guard let colon = rest.utf8.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = String(rest[..<colon])
            let value = rest[rest.utf8.index(after: colon)...]
            guard let first = value.utf8.first, !Self.spacing.contains(first), knownKeys.contains(key) || (anyKey && looksLikeKey(key))
            else { continue }
            var text = String(value)
            while let end = text.last, end == " " || end == "\t" { text.removeLast() }
            if text.contains(": ") && !"\"'[{".utf8.contains(first) { text = quoted(text) }
            let column = line.unicodeScalars.count - value.unicodeScalars.count + 1
            slips.append(
                Slip(
                    line: index + 1, column: column,
                    message: "ajoutez une espace après « : », sans quoi YAML ne lit pas « \(key) » comme une clé : \(prefix)\(key): \(text)"
                ))
        }
        return slips
    }

    /// What may follow a key's « : » without it being glued to its value: a space, a tab, « : » (`::`)
    /// or « / » (`https://`).
    private static let spacing: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "/")]

    /// Whether `text` may hold a key glued to its value: a « : » followed on its line by something else
    /// than `spacing`. Checked on the bytes, so that a front matter written as it should be is not walked
    /// line by line and character by character.
    static func mayGlueAKey(_ text: Substring) -> Bool {
        func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
                guard colon + 1 < bytes.count else { return false }
                let next = bytes[colon + 1]
                if next != UInt8(ascii: "\n") && !spacing.contains(next) { return true }
                index = colon + 1
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(check) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(check)
    }

    // MARK: Quotes

    /// A text between quotes that ends before the end of its value: an apostrophe inside a text between
    /// apostrophes (`'l'eau'`), or double quotes inside double quotes (`"le projet "Eau""`).
    static func quoteSlip(_ line: Substring, line number: Int) -> Slip? {
        var rest = line.drop { $0 == " " }
        var prefix = ""
        if rest.hasPrefix("- ") {
            rest = rest.dropFirst(2).drop { $0 == " " }
            prefix = "- "
        }
        if let colon = rest.range(of: ": "), looksLikeKey(String(rest[..<colon.lowerBound])) {
            prefix += rest[..<colon.upperBound]
            rest = rest[colon.upperBound...].drop { $0 == " " }
        }
        guard let quote = rest.first, quote == "'" || quote == "\"" else { return nil }
        var text = String(rest.dropFirst())
        while let end = text.last, end == " " || end == "\t" { text.removeLast() }
        guard text.hasSuffix(String(quote)) else { return nil }
        text.removeLast()
        // Where the text really ends for YAML: the first quote not escaped (`''` and `\"` are).
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var closing: Int?
        while index < scalars.count {
            if quote == "'" && scalars[index] == "'" {
                if index + 1 < scalars.count && scalars[index + 1] == "'" {
                    index += 2
                    continue
                }
                closing = index
                break
            }
            if quote == "\"" && scalars[index] == "\\" {
                index += 2
                continue
            }
            if quote == "\"" && scalars[index] == "\"" {
                closing = index
                break
            }
            index += 1
        }
        guard let closing else { return nil }
        let column = line.unicodeScalars.count - rest.unicodeScalars.count + 2 + closing
        if quote == "'" {
            let fix = text.contains("\"") ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + text + "\""
            return Slip(
                line: number, column: column,
                message: "apostrophe dans un texte entre apostrophes, qui termine le texte pour YAML : "
                    + "mettez le texte entre guillemets droits : \(prefix)\(fix)")
        }
        var inner = text
        var opening = true
        var french = ""
        for character in inner {
            if character == "\"" {
                french += opening ? "« " : " »"
                opening.toggle()
            } else {
                french.append(character)
            }
        }
        inner = french
        return Slip(
            line: number, column: column,
            message: "guillemets droits à l’intérieur d’un texte entre guillemets droits, qui terminent le texte pour YAML : "
                + "écrivez les guillemets intérieurs « » : \(prefix)\"\(inner)\"")
    }

    // MARK: Indentation

    /// The first line, up to `last`, whose indentation matches no level open above it: deeper than a
    /// line that opens nothing, or between two levels after a dedent.
    static func indentationSlip(_ lines: [Substring], upTo last: Int, lineOffset: Int) -> Slip? {
        // The open levels: the column of each and the line that set it.
        var levels: [(indent: Int, line: Int)] = [(0, 0)]
        var opens = true
        // The last line: its indentation, that of its key (after « - »), its number.
        var previous: (indent: Int, keys: Int, isItem: Bool, line: Int)?
        for (index, line) in lines.prefix(last).enumerated() {
            let content = line.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let indent = line.count - content.count
            let number = index + 1
            if indent > levels[levels.count - 1].indent {
                if !opens, let previous {
                    // A list item aligns its dash on the item above; a key, on the keys above.
                    let aligned = content.hasPrefix("- ") && previous.isItem ? previous.indent : previous.keys
                    return Slip(
                        line: number, column: indent + 1,
                        message: "indentation de \(spaces(indent)) sous la ligne \(previous.line + lineOffset), qui n’ouvre ni liste"
                            + " ni dictionnaire : indentez cette ligne de \(spaces(aligned)), comme la ligne \(previous.line + lineOffset)")
                }
                levels.append((indent, number))
            } else {
                var closed: (indent: Int, line: Int)?
                while levels.count > 1 && levels[levels.count - 1].indent > indent { closed = levels.removeLast() }
                if levels[levels.count - 1].indent != indent, let closed {
                    let here: (indent: Int, line: Int) = (indent, number)
                    let hereIsOdd = indent % 2 != 0 && closed.indent % 2 == 0
                    let odd = hereIsOdd ? here : closed
                    let other = hereIsOdd ? closed : here
                    let rule =
                        lines[odd.line - 1].drop { $0 == " " }.hasPrefix("- ")
                        ? "les tirets d’une même liste s’alignent" : "les clés d’un même dictionnaire s’alignent"
                    return Slip(
                        line: odd.line, column: odd.indent + 1,
                        message: "indentation de \(spaces(odd.indent)), mais de \(spaces(other.indent)) à la ligne \(other.line + lineOffset)"
                            + " : \(rule) ; indentez cette ligne de \(spaces(other.indent))")
                }
            }
            previous = (indent, content.hasPrefix("- ") ? indent + 2 : indent, content.hasPrefix("- "), number)
            // A line opens a level when it ends with « : » or « - », or is a list item holding a key.
            var text = String(content)
            if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
            while let end = text.last, end == " " { text.removeLast() }
            opens = text.hasSuffix(":") || text == "-" || text.hasSuffix("|") || text.hasSuffix(">")
            if text.hasPrefix("- "), let colon = text.range(of: ": "), looksLikeKey(String(text.dropFirst(2)[..<colon.lowerBound])) {
                levels.append((indent + 2, number))
            } else if text.hasPrefix("- ") && text.hasSuffix(":") {
                levels.append((indent + 2, number))
            }
        }
        return nil
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 espace" : "\(count) espaces"
    }

    // MARK: Duplicated keys

    /// The places of `key` among the keys of the block mapping that starts at `line`, `column`:
    /// the lines at that column, until a line less indented.
    static func occurrences(of key: String, mappingAt line: Int, column: Int, in yaml: String) -> [Int] {
        let lines = Text.lines(yaml)
        var found: [Int] = []
        guard line >= 1, column >= 1, line <= lines.count else { return [] }
        for index in (line - 1)..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if indent == scalars.count || scalars[indent] == "#" { continue }
            // Anything that starts left of the mapping's keys, a list item included, ends the mapping.
            if index > line - 1 && indent + 1 < column { break }
            let content = index == line - 1 ? scalars.dropFirst(column - 1) : scalars.dropFirst(indent)
            guard index == line - 1 || indent + 1 == column else { continue }
            let text = String(String.UnicodeScalarView(content))
            if text.hasPrefix(key + ":") || text.hasPrefix("\"\(key)\":") || text.hasPrefix("'\(key)':") {
                found.append(index + 1)
            }
        }
        return found
    }
}
