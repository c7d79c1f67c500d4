import Foundation

/// A monograph body split by its level-2 headings into the lead and the six sections' prose.
package struct SectionedBody: Sendable, Equatable {
    /// A `vue <id>` block of the body, at its line in the file.
    package struct ViewUse: Sendable, Equatable {
        package var id: String
        package var line: Int
        package var column: Int
    }

    /// The lead: what the body says before its first section, as HTML; nil when it says nothing.
    package var lead: HTMLWithViews?
    /// The prose of each section that has some, as HTML.
    package var sections: [SectionID: HTMLWithViews]
    /// Every view block of the body, found in the same parse as the headings.
    package var views: [ViewUse] = []

    func hasProse(_ section: SectionID) -> Bool {
        sections[section] != nil
    }

    /// Splits `body` at its level-2 headings and renders the lead and each section's prose, all from one
    /// parse; reports unknown and repeated headings at their line, with the closest accepted heading.
    /// `checksTitles` is false for a file without front matter, whose `# ` line is its title, misplaced.
    package static func split(
        _ body: MarkdownSource, file: String, options: MarkdownOptions, checksTitles: Bool = true, bag: inout DiagnosticBag
    ) -> SectionedBody {
        let document = MarkdownDocument(body.text)
        // A level-1 heading would leave its text in the section before it, or in the lead, unseen:
        // the page has its own title, and sections start with « ## ».
        for heading in document.topLevelHeadings where heading.level == 1 && checksTitles {
            let fix = "## " + heading.text
            bag.error(
                SectionID.forHeading(heading.text) != nil
                    ? "titre de niveau 1 : les titres de section s’écrivent avec « ## » : \(fix)"
                    : "titre de niveau 1 « \(heading.text) » : la page a déjà son titre ; écrivez un titre de section avec « ## »"
                        + " (titres acceptés : \(SectionID.allCases.map(\.heading).joined(separator: ", "))), un intertitre avec « ### »",
                file: file, line: body.firstLine + heading.startLine - 1, column: heading.startColumn)
        }
        let headings = document.topLevelHeadings.filter { $0.level == 2 }
        var result = SectionedBody(lead: nil, sections: [:])
        result.views = document.viewBlocks.map { ViewUse(id: $0.id, line: body.firstLine + $0.line - 1, column: $0.column) }
        var sectionOfPart: [SectionID?] = [nil]
        var seen: [SectionID: Int] = [:]
        for heading in headings {
            let line = body.firstLine + heading.startLine - 1
            guard let section = SectionID.forHeading(heading.text) else {
                let accepted = SectionID.allCases.map(\.heading)
                bag.error(
                    "titre de section inconnu « \(heading.text) »" + Suggestion.hint(for: heading.text, in: accepted)
                        + " (titres acceptés : \(accepted.joined(separator: ", ")))",
                    file: file, line: line, column: heading.startColumn)
                sectionOfPart.append(nil)
                continue
            }
            if let first = seen[section] {
                bag.error(
                    "la section « \(section.heading) » apparaît deux fois (déjà ligne \(first))",
                    file: file, line: line, column: heading.startColumn)
                sectionOfPart.append(nil)
                continue
            }
            seen[section] = line
            sectionOfPart.append(section)
        }
        // Parts under an unknown or repeated heading are dropped: the file is in error.
        for (index, part) in document.htmlBySections(options: options).enumerated() {
            guard let part else { continue }
            if index == 0 {
                result.lead = part
            } else if let section = sectionOfPart[index] {
                result.sections[section] = part
            }
        }
        return result
    }
}
