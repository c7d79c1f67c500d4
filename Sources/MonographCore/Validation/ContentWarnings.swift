import Foundation
import Yams

/// What `monograph check` points out without refusing: a valid monograph that is likely not yet the one
/// meant (a text of the skeleton left in place, a cycle out of order, a year to come). Only `check`
/// looks for them, so that the site built never depends on them, nor on today's date.
extension ContentLoader {
    /// The warnings of every monograph of the content folder, in file order; `year` is the current
    /// year, beyond which a year is in the future.
    package func warnings(year: Int) -> [Diagnostic] {
        var bag = DiagnosticBag()
        let scan = scan()
        var warnings: [Diagnostic] = []
        let rawHTMLKept = scan.settings?.htmlBrut ?? false
        let monographs = Set(scan.files.monographs.map(\.path))
        for file in scan.files.all where file.relative.hasSuffix(".md") {
            guard let source = readSource(file, &bag), case .success(let split) = SplitFile.split(source) else { continue }
            var found = ContentWarnings.markdown(split, file: source.path, rawHTMLKept: rawHTMLKept)
            if monographs.contains(file.path), let yaml = split.frontMatter {
                let offset = split.frontMatterFirstLine - 1
                found += ContentWarnings.skeletonTexts(in: yaml, file: source.path, lineOffset: offset)
                found += ContentWarnings.years(in: yaml, file: source.path, lineOffset: offset, year: year)
            }
            warnings += found.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        }
        return quotingLines(warnings, of: scan.files.all)
    }
}

enum ContentWarnings {
    // MARK: The skeleton's texts

    /// The example texts of the skeleton that `monograph new` writes, given or commented out: sentences
    /// a writer is meant to replace (« Titre de la monographie », « Ce que le réseau a fait. »).
    static let skeletonExamples: Set<String> = {
        var texts: Set<String> = []
        for line in Text.lines(Skeleton.skeleton(name: "", numero: 0)) {
            let uncommented = line.drop { $0 == "#" || $0 == " " }
            guard let (value, _) = value(of: uncommented[...]) else { continue }
            var text = value
            if let note = text.range(of: "  ") { text = String(text[..<note.lowerBound]) }
            if text.contains(" "), let first = text.first, first != "[", first != "{" { texts.insert(text) }
        }
        return texts
    }()

    /// The text a line gives (`cle: texte` or `- texte`), unquoted, and the offset of its first
    /// character in the line (in Unicode scalars); nil for a line that gives none.
    static func value(of line: Substring) -> (String, Int)? {
        var rest = line.drop { $0 == " " }
        var isItem = false
        if rest.hasPrefix("- ") {
            rest = rest.dropFirst(2).drop { $0 == " " }
            isItem = true
        }
        if let colon = rest.range(of: ": "), NodeReader.looksLikeKey(String(rest[..<colon.lowerBound])) {
            rest = rest[colon.upperBound...].drop { $0 == " " }
        } else if !isItem {
            return nil
        }
        let offset = line.unicodeScalars.count - rest.unicodeScalars.count
        var text = String(rest)
        while let last = text.last, last == " " { text.removeLast() }
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast(1))
        }
        return text.isEmpty ? nil : (text, offset)
    }

    /// A warning at each value still equal to one of the skeleton's example texts.
    static func skeletonTexts(in yaml: String, file: String, lineOffset: Int) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (index, line) in Text.lines(yaml).enumerated() where !line.drop(while: { $0 == " " }).hasPrefix("#") {
            guard let (text, offset) = value(of: line), skeletonExamples.contains(text) else { continue }
            warnings.append(
                Diagnostic(
                    .warning, file: file, line: index + 1 + lineOffset, column: offset + 1,
                    message: "« \(text) » est encore le texte d’exemple du squelette : remplacez-le par le vrai texte"))
        }
        return warnings
    }

    // MARK: Markdown

    /// The body's raw HTML that the page drops, empty list items and tables written with « | ».
    static func markdown(_ split: SplitFile, file: String, rawHTMLKept: Bool) -> [Diagnostic] {
        MarkdownDocument(split.body).remarks(lines: Text.lines(split.body), rawHTMLKept: rawHTMLKept).map {
            Diagnostic(.warning, file: file, line: $0.line + split.bodyFirstLine - 1, column: $0.column, message: $0.message)
        }
    }

    // MARK: Years

    /// Cycles out of chronological order, and years after `year` (creation, start of a cycle).
    static func years(in yaml: String, file: String, lineOffset: Int, year: Int) -> [Diagnostic] {
        guard let root = try? Yams.compose(yaml: yaml, .basic, .default, .utf8), case .mapping(let top) = root else { return [] }
        var warnings: [Diagnostic] = []
        func integer(_ node: Node?) -> (value: Int, line: Int, column: Int)? {
            guard let node, case .scalar(let scalar) = node, let value = NodeReader.integer(scalar.string), let mark = node.mark else {
                return nil
            }
            return (value, mark.line + lineOffset, mark.column)
        }
        func future(_ found: (value: Int, line: Int, column: Int), _ what: String) {
            guard found.value > year else { return }
            warnings.append(
                Diagnostic(
                    .warning, file: file, line: found.line, column: found.column,
                    message: "année \(found.value) à venir (nous sommes en \(year)) : vérifiez \(what)"))
        }
        if case .mapping(let identity)? = top["identite"], let creation = integer(identity["creation"]) {
            future(creation, "l’année de création")
        }
        if case .sequence(let cycles)? = top["cycles"] {
            var previous: (value: Int, line: Int, column: Int)?
            for cycle in cycles {
                guard case .mapping(let fields) = cycle, let debut = integer(fields["debut"]) else { continue }
                future(debut, "le début de ce cycle")
                if let previous, debut.value < previous.value {
                    warnings.append(
                        Diagnostic(
                            .warning, file: file, line: debut.line, column: debut.column,
                            message: "ce cycle commence en \(debut.value), avant celui de la ligne \(previous.line) (\(previous.value)) :"
                                + " les cycles se suivent du plus ancien au plus récent ; placez-le avant"))
                }
                previous = debut
            }
        }
        return warnings
    }
}
