import Foundation

/// The text of a new monograph, written from the declaration of the front matter (`FrontMatter`):
/// every key with the comment that explains it, and commented examples of the lists' elements.
extension Skeleton {
    static func skeleton(name: String, numero: Int) -> String {
        var lines = ["---", "# Monographie de \(name)."] + preamble
        for field in FrontMatter.monograph.fields {
            lines += entry(field, indent: "", name: name, numero: numero)
        }
        return (lines + ["---"] + body).joined(separator: "\n") + "\n"
    }

    private static let preamble = [
        "# Les lignes qui commencent par « # » sont des commentaires : elles n'apparaissent pas sur le site.",
        "# Seuls nom, titre et domaine sont obligatoires ; une clé laissée vide est ignorée, et la section",
        "# correspondante apparaît « à rédiger » sur le site. Les identifiants (fonction, échelon, phases,",
        "# natures, types) sont ceux de Content/referentiel.yml, rappelés sur la page Référentiel du site.",
        "# Un texte qui contient « : » suivi d'une espace se met entre guillemets.",
        "",
    ]

    /// The body: a comment, then every section's heading, as a writer types it (straight apostrophes).
    private static let body =
        [
            "<!-- Ici, avant le premier titre, un paragraphe d'introduction facultatif : qui est le réseau.",
            "     Chaque section du texte commence par l'un des \(Format.word(SectionID.allCases.count)) titres ci-dessous ; son texte s'affiche",
            "     après le contenu structuré de la section. Supprimez les sections que vous n'utilisez pas. -->",
        ] + SectionID.allCases.flatMap { ["", "## " + $0.heading.replacingOccurrences(of: "’", with: "'")] }

    /// One key as a new monograph writes it: its comment, a commented example of its elements when
    /// they are dictionaries, and the key with its starting value.
    private static func entry(_ field: Field, indent: String, name: String, numero: Int) -> [String] {
        let prompt = field.prompt
        var lines = prompt.opensSection ? [""] : []
        lines += prompt.comment.map { indent + "# " + $0 }
        let example: [String]
        switch (prompt.start, field.type) {
        case (.commentedOut, _): example = sample(field, notesColumn: 0)
        case (_, .list(let element, _)) where element.type.nestedGroup != nil: example = sample(element)
        default: example = []
        }
        lines += example.map { indent + "#   " + $0 }
        switch (prompt.start, field.type) {
        case (.commentedOut, _): break
        case (.networkName, _): lines.append(indent + field.key + ": " + quoted(name))
        case (.nextNumber, _): lines.append(indent + field.key + ": \(numero)")
        case (.placeholder(let text), _): lines.append(indent + field.key + ": " + quoted(text))
        case (.empty, .list): lines.append(indent + field.key + ": []")
        case (.empty, .group(let group)):
            lines.append(indent + field.key + ":")
            for inner in group.fields { lines += entry(inner, indent: indent + "  ", name: name, numero: numero) }
        case (.empty, _): lines.append(indent + field.key + ":")
        }
        return lines
    }

    /// One element of a list in a commented example: a text alone when it has a sample, then its dictionary.
    private static func sample(_ element: Element) -> [String] {
        switch element.type {
        case .group(let group):
            let lines = group.fields.flatMap { sample($0, notesColumn: group.sampleNotesColumn) }
            return lines.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
        case .textOr(let inner):
            return (element.sample.map { ["- " + $0] } ?? []) + sample(inner)
        default:
            return element.sample.map { ["- " + $0] } ?? []
        }
    }

    /// A key in a commented example, with its sample value and its note lined up at `notesColumn`.
    private static func sample(_ field: Field, notesColumn: Int) -> [String] {
        switch field.type {
        case .list(let element, _) where element.type.nestedGroup != nil:
            return [field.key + ":"] + sample(element).map { "  " + $0 }
        case .sectionStates:
            guard case .group(let pairs) = field.example else { return [] }
            return [field.key + ":"]
                + pairs.compactMap { pair in
                    guard case .text(let value) = pair.value else { return nil }
                    return "  " + pair.key + ": " + value
                }
        default:
            guard let value = field.prompt.sample else { return [] }
            let line = field.key + ": " + value
            guard let note = field.prompt.note else { return [line] }
            return [line + String(repeating: " ", count: max(1, notesColumn - line.count)) + "# " + note]
        }
    }

    /// A YAML double-quoted string.
    package static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
