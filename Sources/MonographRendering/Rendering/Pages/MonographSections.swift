import MonographCore
import MonographViews

/// The template context of a monograph's sections: structured content, prose and completeness.
struct MonographSections {
    let monograph: Monograph
    let referentiel: Referentiel
    let markdown: Markdown
    /// The HTML of a view the prose places, by id.
    let view: @Sendable (String) -> String

    private func e(_ s: String) -> String { Markdown.plain(s) }

    /// One entry per section, in page order, each with `id`, `numero`, `titre`, `incomplet`, `partiel`, `etat` (the
    /// editorial state in words), `bloc` (the
    /// structured data as HTML, see `SectionBlocks`), `prose` (HTML), and `a_bloc` and `a_prose`, true
    /// when these are not empty. (Booleans, not the strings themselves, open the template's sections: a
    /// string pushed on Mustache's context stack is searched by reflection for every name inside.)
    func context() -> [[String: Any]] {
        let blocks = SectionBlocks(monograph: monograph, referentiel: referentiel, markdown: markdown)
        return SectionID.allCases.enumerated().map { index, section in
            let block = FrenchTypography.html(blocks.html(for: section))
            let prose = monograph.body.sections[section]?.filled(view) ?? ""
            let state = monograph.state(section)
            let context: [String: Any] = [
                "id": section.rawValue, "numero": index + 1, "titre": e(section.heading),
                "incomplet": state == .aRediger, "partiel": state == .partielle, "etat": state.label,
                "bloc": block, "a_bloc": !block.isEmpty, "prose": prose, "a_prose": !prose.isEmpty,
            ]
            return context
        }
    }
}
