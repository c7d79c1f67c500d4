/// The template context of a monograph's six sections: structured content, prose and completeness.
struct MonographContext {
    let monograph: Monograph
    let referentiel: Referentiel
    let markdown: Markdown
    let views: ViewRenderer

    private func e(_ s: String) -> String { Markdown.plain(s) }

    /// One entry per section, in page order, each with `id`, `numero`, `titre`, `incomplet`, `partiel`, `etat` (the
    /// editorial state in words), `bloc` (the
    /// structured data as HTML, see `SectionBlocks`), `prose` (HTML), and `a_bloc` and `a_prose`, true
    /// when these are not empty. (Booleans, not the strings themselves, open the template's sections: a
    /// string pushed on Mustache's context stack is searched by reflection for every name inside.)
    func sections() -> [[String: Any]] {
        let blocks = SectionBlocks(monograph: monograph, referentiel: referentiel, markdown: markdown)
        return SectionID.allCases.enumerated().map { index, section in
            let block = blocks.html(for: section)
            var prose = ""
            if let source = monograph.body.sections[section], !source.text.allSatisfy(\.isWhitespace) {
                prose = markdown.block(source.text, view: views.render)
            }
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

/// A template value for an optional: the value, or `false` when absent. Mustache treats a missing key
/// as "look in the enclosing context" and renders a stored nil as text; `false` is simply falsy.
func orFalse(_ value: Any?) -> Any {
    value ?? false
}
