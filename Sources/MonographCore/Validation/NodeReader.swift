import Foundation
import Yams

/// Reads Yams nodes into typed values, reporting every problem with its exact place.
///
/// One reader serves one file. Lines from Yams count from the start of the YAML text; the reader adds
/// the line offset of the front matter so that diagnostics point at the line in the file itself.
struct NodeReader {
    let file: String
    /// Added to Yams' 1-based lines: the number of file lines before the YAML text.
    let lineOffset: Int
    var bag = DiagnosticBag()
    /// The YAML text last composed, from which messages quote what the writer typed.
    private(set) var yaml = ""

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    // MARK: Places

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    mutating func error(_ message: String, at node: Node) {
        bag.error(message, at: location(node))
    }

    // MARK: Documents

    /// Parses `yaml` into a node tree; YAML syntax errors, anchors and aliases become diagnostics.
    /// Returns nil when the text holds no document or cannot be parsed.
    mutating func compose(_ yaml: String) -> Node? {
        self.yaml = yaml
        let node: Node?
        do {
            // The basic resolver tags every scalar as a string: values are typed by the reader below,
            // which is both stricter and much cheaper than resolving tags with regular expressions.
            // UTF-8 is named: Yams would otherwise read the whole environment at every parse to choose.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            for diagnostic in Self.diagnostics(for: error, file: file, lineOffset: lineOffset, yaml: yaml) { bag.append(diagnostic) }
            return nil
        } catch {
            bag.error("YAML illisible : \(error)", file: file, line: lineOffset + 1, column: 1)
            return nil
        }
        // A known key glued to its value reads as a text, often without any syntax error: `- texte:Portage`.
        for slip in Self.mayGlueAKey(yaml[...]) ? Self.missingSpaces(Text.lines(yaml)) : [] {
            bag.error(slip.message, file: file, line: slip.line + lineOffset, column: slip.column)
        }
        if let node {
            var last = (line: 0, column: 0)
            var tooDeep: [Node] = []
            if let place = Self.firstAlias(in: node, after: &last, tooDeep: &tooDeep) {
                bag.error(
                    "les ancres et alias YAML (« & », « * ») ne sont pas acceptés : écrivez la valeur en entier"
                        + " (mettez entre guillemets un texte qui commence par « * » ou « & »)",
                    file: file, line: place.line + lineOffset, column: place.column)
                return nil
            }
            // Nesting deeper than any monograph needs is refused, so that no later walk can run away.
            for deep in tooDeep { error("structure YAML trop imbriquée (plus de \(Self.maximumDepth) niveaux)", at: deep) }
        }
        return bag.hasErrors ? nil : node
    }

    static let maximumDepth = 64

    /// The place of the first alias (`*a`) in a composed tree, found in linear time.
    ///
    /// Yams replaces an alias by the node it names, whose mark is the anchor's: earlier in the text
    /// than the place where the alias stands. In a pre-order walk every other node starts at or after
    /// the node visited before it, so the first node that starts before is an alias. The walk never
    /// enters an alias, so a "billion laughs" document costs no more than its text.
    /// Only a container and its first child may start at the same place.
    ///
    /// The same walk collects the nodes nested deeper than `maximumDepth`, without entering them.
    static func firstAlias(
        in node: Node, after last: inout (line: Int, column: Int), firstChild: Bool = true,
        depth: Int = 0, tooDeep: inout [Node]
    ) -> (line: Int, column: Int)? {
        guard let mark = node.mark else { return nil }
        let here = (mark.line, mark.column)
        if here < last || (!firstChild && here == last) { return last }
        last = here
        if depth >= maximumDepth {
            tooDeep.append(node)
            return nil
        }
        switch node {
        case .mapping(let mapping):
            var first = true
            for (key, value) in mapping {
                if let found = firstAlias(in: key, after: &last, firstChild: first, depth: depth + 1, tooDeep: &tooDeep) { return found }
                if let found = firstAlias(in: value, after: &last, firstChild: false, depth: depth + 1, tooDeep: &tooDeep) { return found }
                first = false
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                if let found = firstAlias(in: item, after: &last, firstChild: index == 0, depth: depth + 1, tooDeep: &tooDeep) { return found }
            }
        default:
            break
        }
        return nil
    }

    /// The diagnostics of a YAML error: the slips that caused it when they can be seen on the lines
    /// (`NodeReader+Slips`), else the error itself, translated.
    static func diagnostics(for error: YamlError, file: String, lineOffset: Int, yaml: String) -> [Diagnostic] {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            let slips = slips(causing: mark.line, in: yaml, lineOffset: lineOffset)
            if !slips.isEmpty {
                return slips.map { Diagnostic(file: file, line: $0.line + lineOffset, column: $0.column, message: $0.message) }
            }
            // A quote never closed: libyaml reaches the end of the front matter; the slip is where the text opens.
            if let context, context.text.hasPrefix("while scanning a quoted scalar"),
                let quote = line(context.mark.line, of: yaml)?.unicodeScalars.dropFirst(max(0, context.mark.column - 1)).first
            {
                return [
                    Diagnostic(
                        file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                        message: "texte ouvert par « \(quote) » mais jamais fermé : ajoutez « \(quote) » à la fin du texte")
                ]
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            var found: [Diagnostic] = []
            for key in duplicates {
                let places = occurrences(of: key, mappingAt: context.mark.line, column: context.mark.column, in: yaml)
                guard let first = places.first else { continue }
                for place in places.dropFirst() {
                    let column = (line(place, of: yaml)?.unicodeScalars.prefix { $0 == " " }.count ?? 0) + 1
                    found.append(
                        Diagnostic(
                            file: file, line: place + lineOffset, column: column,
                            message: "clé « \(key) » en double : elle est déjà donnée ligne \(first + lineOffset) ;"
                                + " gardez une seule des deux lignes"))
                }
            }
            if !found.isEmpty { return found }
        default:
            break
        }
        return [diagnostic(for: error, file: file, lineOffset: lineOffset, yaml: yaml)]
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, yaml: String) -> Diagnostic {
        func make(_ problem: String, _ mark: Mark, _ context: YamlError.Context?) -> Diagnostic {
            if problem.hasPrefix("mapping values are not allowed"), let line = line(mark.line, of: yaml),
                let colon = colonInTextMessage(line: line)
            {
                return Diagnostic(file: file, line: mark.line + lineOffset, column: colon.column, message: colon.message)
            }
            var message = "syntaxe YAML invalide : " + translate(problem)
            if let context, !context.text.isEmpty { message += " (" + translate(context.text) + ")" }
            return Diagnostic(file: file, line: mark.line + lineOffset, column: mark.column, message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return make(problem, mark, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                message: (duplicates.count > 1 ? "clés en double" : "clé en double")
                    + " : « \(duplicates.joined(separator: " », « ")) » ; chaque clé ne peut apparaître qu'une fois")
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "YAML illisible : \(problem)")
        default:
            return Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "YAML illisible : \(error)")
        }
    }

    private static let translations: [String: String] = [
        "mapping values are not allowed in this context": "deux-points inattendu ; mettez la valeur entre guillemets si elle contient « : »",
        "did not find expected key": "clé attendue introuvable (vérifiez l'indentation)",
        "did not find expected '-' indicator": "tiret « - » attendu (vérifiez l'indentation de la liste)",
        "found character that cannot start any token": "caractère qui ne peut pas commencer une valeur ; mettez la valeur entre guillemets",
        "found undefined alias": "alias non défini",
        "found unexpected end of stream": "fin de texte inattendue",
        "could not find expected ':'": "« : » attendu après la clé",
        "found a tab character that violates indentation": "tabulation interdite dans l'indentation ; utilisez des espaces",
        "found unknown escape character": "séquence d'échappement inconnue",
        "while scanning a simple key": "en lisant une clé",
        "while parsing a block mapping": "dans un dictionnaire",
        "while parsing a block collection": "dans une liste",
        "while scanning a quoted scalar": "dans une chaîne entre guillemets",
        "while parsing a flow sequence": "dans une liste entre crochets",
        "while parsing a flow mapping": "dans un dictionnaire entre accolades",
        "did not find expected ',' or ']'": "« , » ou « ] » attendu",
        "did not find expected ',' or '}'": "« , » ou « } » attendu",
        "while parsing a block node": "dans une valeur",
        "did not find expected node content": "valeur attendue introuvable",
    ]

    private static func translate(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (english, french) in translations where trimmed.hasPrefix(english) { return french }
        return trimmed
    }
}
