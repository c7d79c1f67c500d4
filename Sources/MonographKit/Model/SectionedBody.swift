import Foundation

/// A monograph body split by its level-2 headings into the lead and the six sections' prose.
public struct SectionedBody: Sendable, Equatable {
    /// A `vue <id>` block of the body, at its line in the file.
    public struct ViewUse: Sendable, Equatable {
        public var id: String
        public var line: Int
        public var column: Int
    }

    public var lead: MarkdownSource?
    public var sections: [SectionID: MarkdownSource]
    /// Every view block of the body, found in the same parse as the headings.
    public var views: [ViewUse] = []

    func hasProse(_ section: SectionID) -> Bool {
        guard let source = sections[section] else { return false }
        return !source.text.allSatisfy(\.isWhitespace)
    }

    /// The first body line after a heading: the next line for `## Titre`, the line after the underline
    /// for a setext heading (libcmark's end line is not reliable there).
    static func lineAfter(_ heading: MarkdownDocument.Heading, in lines: [Substring]) -> Int {
        let first = lines[heading.startLine - 1].drop { $0 == " " }
        if first.hasPrefix("#") { return heading.startLine + 1 }
        var line = heading.startLine + 1
        while line <= lines.count {
            let text = lines[line - 1].drop { $0 == " " }.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty && (text.allSatisfy { $0 == "-" } || text.allSatisfy { $0 == "=" }) { return line + 1 }
            line += 1
        }
        return heading.endLine + 1
    }

    /// Splits `body`, reporting unknown and repeated headings at their line, with the closest accepted heading.
    static func split(_ body: MarkdownSource, file: String, bag: inout DiagnosticBag) -> SectionedBody {
        let document = MarkdownDocument(body.text)
        let lines = Text.lines(body.text)
        func slice(_ from: Int, _ to: Int) -> MarkdownSource? {
            // `from` and `to` are 1-based body lines; the slice is [from, to).
            let start = max(from, 1), end = min(to, lines.count + 1)
            guard start < end else { return nil }
            // The lines are contiguous slices of the body: the section is one substring of it.
            let text = String(body.text[lines[start - 1].startIndex..<lines[end - 2].endIndex])
            return MarkdownSource(text: text, firstLine: body.firstLine + start - 1)
        }
        let headings = document.topLevelHeadings.filter { $0.level == 2 }
        var result = SectionedBody(lead: nil, sections: [:])
        result.views = document.viewBlocks.map { ViewUse(id: $0.id, line: body.firstLine + $0.line - 1, column: $0.column) }
        result.lead = slice(1, headings.first?.startLine ?? lines.count + 1).flatMap {
            $0.text.allSatisfy(\.isWhitespace) ? nil : $0
        }
        var seen: [SectionID: Int] = [:]
        for (index, heading) in headings.enumerated() {
            let line = body.firstLine + heading.startLine - 1
            guard let section = SectionID.forHeading(heading.text) else {
                let accepted = SectionID.allCases.map(\.heading)
                bag.error("titre de section inconnu « \(heading.text) »" + Suggestion.hint(for: heading.text, in: accepted)
                          + " (titres acceptés : \(accepted.joined(separator: ", ")))",
                          file: file, line: line, column: heading.startColumn)
                continue
            }
            if let first = seen[section] {
                bag.error("la section « \(section.heading) » apparaît deux fois (déjà ligne \(first))",
                          file: file, line: line, column: heading.startColumn)
                continue
            }
            seen[section] = line
            let next = index + 1 < headings.count ? headings[index + 1].startLine : lines.count + 1
            result.sections[section] = slice(Self.lineAfter(heading, in: lines), next) ?? MarkdownSource(text: "", firstLine: line + 1)
        }
        return result
    }
}
