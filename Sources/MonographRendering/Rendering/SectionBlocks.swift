import MonographCore
import MonographViews

/// The structured blocks of a monograph's sections (identity card, natures, cycles, practices,
/// socio-economic model, key points) as HTML, built directly rather than through templates.
///
/// These blocks hold most of a monograph page's elements (a grid cell, a badge, a list item for each
/// datum); rendered by Mustache, each element costs several dynamic lookups, which made them the
/// largest part of a build. The templates place each block with `{{{bloc}}}` and style it through the
/// classes below. Every text from content is escaped here (`text`) or is already HTML from the inline
/// Markdown renderer (`html`).
///
/// For the search index, the same blocks are built `forSearch`: what the page marks
/// `data-pagefind-ignore` (the charts, the grid's table, and the badges and signs that repeat a search
/// filter's value beside the text: natures, phases of an action, intensity) is left out, and the
/// markup written here is reduced to the words it holds, in paragraphs (`SearchDocument`), so that
/// the indexer reads the page's words with few elements around them and its excerpts read as text.
struct SectionBlocks {
    let monograph: Monograph
    let referentiel: Referentiel
    let markdown: Markdown
    /// Whether the blocks are built for the search index rather than for the page.
    var forSearch = false

    /// An HTML fragment being built.
    private struct Fragment {
        let forSearch: Bool
        var out = ""

        init(forSearch: Bool) {
            self.forSearch = forSearch
        }

        /// Appends markup written here (never content); for search, only the words between its tags,
        /// each tag read as a space.
        mutating func tag(_ s: String) {
            if forSearch { SearchDocument.appendWords(of: s, to: &out) } else { out += s }
        }
        /// Appends what `build` writes, unless the fragment is for search: the page marks it
        /// `data-pagefind-ignore`.
        mutating func unindexed(_ build: (inout Fragment) -> Void) {
            if !forSearch { build(&self) }
        }
        /// Appends plain content text: French typography, then escaping.
        mutating func text(_ s: String) { out += Markdown.plainHTML(s) }
        /// Appends HTML already rendered from content.
        mutating func html(_ s: String) { out += s }
        /// Appends one `<li>` for each piece of HTML.
        mutating func items(_ items: [String]) {
            for item in items {
                tag("<li>")
                out += item
                tag("</li>")
            }
        }
    }

    private func md(_ s: String) -> String { markdown.inline(s) }

    /// The block of `section`, empty when it has no structured data.
    func html(for section: SectionID) -> String {
        switch section {
        case .carteIdentite: identity()
        case .dynamique: dynamics()
        case .cycles: cycles()
        case .pratiques: practices()
        case .modeleSocioEconomique: model()
        case .perspectives: keyPoints()
        }
    }

    // MARK: Identity card

    func identity() -> String {
        guard let i = monograph.identite, !i.isEmpty else { return "" }
        var f = Fragment(forSearch: forSearch)
        f.tag("<dl class=\"fiche\">\n")
        func fact(_ label: String, _ value: String?) {
            guard let value else { return }
            f.tag("<div class=\"fait\"><dt>")
            f.text(label)
            f.tag("</dt><dd>")
            f.html(value)
            f.tag("</dd></div>\n")
        }
        fact("Type de tête de réseau", i.type.map(md))
        fact("Création", i.creation.map { String($0) + (i.creationNote.map { " (\(md($0)))" } ?? "") } ?? i.creationNote.map(md))
        fact("Structure", i.structure.map(md))
        fact("Salariés de la tête de réseau", i.salariesTdr.map(Format.number))
        fact("Salariés du réseau", i.salariesReseau.map(Format.number))
        fact(i.adherentsLibelle ?? "Adhérents", i.adherents.map(md))
        fact("Budget", i.budget.map(md))
        f.tag("</dl>\n")
        return f.out
    }

    // MARK: Innovation dynamic

    private func badges(_ f: inout Fragment, natures ids: [String]) {
        for id in ids {
            f.tag("<span class=\"pastille nature-\(Text.escapeHTML(id))\">")
            f.text(referentiel.label(id, in: \.natures))
            f.tag("</span> ")
        }
    }

    func dynamics() -> String {
        guard let natures = monograph.natures, !natures.isEmpty else { return "" }
        var f = Fragment(forSearch: forSearch)
        // The charts and the grid's table repeat what the text beside them gives: left out of the search index.
        f.tag("<div class=\"dynamique\">\n")
        f.unindexed { f in
            f.tag("<figure class=\"grille-natures\" data-pagefind-ignore>\n")
            f.html(
                RameauGrid.render(
                    natures: referentiel.natures, values: [:], highlighted: Set(natures),
                    title: "Natures de l'innovation de \(monograph.nom)"))
            f.tag(
                "<figcaption>Natures de l’innovation du réseau dans la grille du RAMEAU (solutions ou processus, nouveauté ou adaptation).</figcaption>\n</figure>\n"
            )
        }
        // The natures are the search's `nature` filter: left out of the excerpts' text.
        f.unindexed { f in
            f.tag("<p class=\"natures\" data-pagefind-ignore>Natures : ")
            badges(&f, natures: natures)
            f.tag("</p>\n")
        }
        f.tag("</div>\n")
        return f.out
    }

    // MARK: Innovation cycles

    func cycles() -> String {
        guard let cycles = monograph.cycles, !cycles.isEmpty else { return "" }
        var f = Fragment(forSearch: forSearch)
        f.unindexed { f in
            f.tag("<figure class=\"figure-frise\" data-pagefind-ignore>\n")
            f.html(
                Timeline.render(
                    title: "Frise des cycles d’innovation de \(monograph.nom)",
                    cycles: cycles.map { ($0.debut, $0.approximatif, $0.titre) }))
            f.tag("<figcaption class=\"visually-hidden\">Frise des cycles ; le détail de chaque cycle suit.</figcaption>\n</figure>\n")
        }
        f.tag("<ol class=\"frise\">\n")
        for (index, c) in cycles.enumerated() {
            f.tag("<li class=\"cycle\">\n<p class=\"cycle-date\"><span class=\"cycle-rang\">Cycle \(index + 1)</span> <span class=\"cycle-annee\">")
            f.text(Format.year(c.debut, approximate: c.approximatif))
            f.tag("</span></p>\n<h3 class=\"cycle-titre\">")
            f.html(md(c.titre))
            f.tag("</h3>\n<dl class=\"cycle-details\">\n")
            func detail(_ label: String, _ value: String?) {
                guard let value else { return }
                f.tag("<div><dt>\(label)</dt><dd>")
                f.html(md(value))
                f.tag("</dd></div>\n")
            }
            detail("Contexte", c.contexte)
            detail("Réponse du réseau", c.reponse)
            if let natures = c.natures, !natures.isEmpty {
                f.unindexed { f in
                    f.tag("<div data-pagefind-ignore><dt>Natures</dt><dd>")
                    badges(&f, natures: natures)
                    f.tag("</dd></div>\n")
                }
            }
            detail("Qualification de l’innovation", c.qualification)
            f.tag("</dl>\n")
            if let innovations = c.innovations, !innovations.isEmpty {
                f.tag("<h4 class=\"innovations-titre\">Innovations remarquables</h4>\n<ul class=\"innovations\">\n")
                for i in innovations {
                    f.tag("<li class=\"innovation\">\n<strong class=\"innovation-nom\">")
                    f.html(md(i.nom))
                    f.tag("</strong>\n")
                    if let description = i.description {
                        f.tag("<div class=\"innovation-description\">")
                        f.html(md(description))
                        f.tag("</div>\n")
                    }
                    if let types = i.types, !types.isEmpty {
                        f.tag("<p class=\"innovation-meta\">Type : ")
                        for type in types {
                            f.tag("<span class=\"pastille\">")
                            f.text(referentiel.label(type, in: \.types))
                            f.tag("</span> ")
                        }
                        f.tag("</p>\n")
                    }
                    if let phase = i.phase {
                        f.tag("<p class=\"innovation-meta\">Étape actuelle : <span class=\"pastille\">")
                        f.text(referentiel.label(phase, in: \.phases))
                        f.tag("</span></p>\n")
                    }
                    f.tag("</li>\n")
                }
                f.tag("</ul>\n")
            }
            f.tag("</li>\n")
        }
        f.tag("</ol>\n")
        return f.out
    }

    // MARK: Practices

    private static let symbols = ["–", "+", "++"]
    private static let words = ["absente", "présente", "dominante"]

    /// The grid of functions × levels with + / ++ (as a chart and as a table), then the actions level
    /// by level.
    func practices() -> String {
        guard let practices = monograph.pratiques, !practices.isEmpty else { return "" }
        let levels = referentiel.echelons.filter { level in practices.contains { $0.echelon == level.id } }
        var f = Fragment(forSearch: forSearch)
        // The grid, as a chart and as a table, repeats the actions listed below it: left out of the search index.
        f.unindexed { f in
            // intensities[function][level]: the strongest practice of that function at that level, 0 if none.
            let intensities = referentiel.fonctions.map { function in
                levels.map { level in
                    practices.filter { $0.fonction == function.id && $0.echelon == level.id }.map(\.effectiveIntensity).max() ?? 0
                }
            }
            // A grid of one level says no more than its table: the table alone is shown. Otherwise the
            // table is one click away from the grid, as the computed views' tables are.
            let chart = levels.count > 1
            if chart {
                f.tag("<figure class=\"figure-pratiques\" data-pagefind-ignore>\n")
                f.html(
                    HeatMap.render(
                        title: "Fonctions de \(monograph.nom) par échelon",
                        description: zip(referentiel.fonctions, intensities).map { function, row in
                            function.libelle + " : " + zip(levels, row).map { "\($0.libelle) \(Self.words[$1])" }.joined(separator: ", ")
                        }.joined(separator: " ; "),
                        columns: levels.map(\.libelle),
                        rows: zip(referentiel.fonctions, intensities).map { ($0.libelle, $1) },
                        scale: .intensity))
                f.tag("<figcaption>Fonctions de la tête de réseau par échelon.</figcaption>\n</figure>\n")
                f.tag("<details class=\"vue-tableau\" data-pagefind-ignore><summary>Voir la grille en tableau</summary>\n")
            }
            f.tag("<div class=\"tableau-defilant\" data-pagefind-ignore>\n<table class=\"grille-pratiques\">\n")
            f.tag("<caption>Fonctions de la tête de réseau par échelon : + présente, ++ dominante</caption>\n")
            f.tag("<thead>\n<tr><th scope=\"col\">Fonction</th>")
            for level in levels {
                f.tag("<th scope=\"col\">")
                f.text(level.libelle)
                f.tag("</th>")
            }
            f.tag("</tr>\n</thead>\n<tbody>\n")
            for (index, (function, row)) in zip(referentiel.fonctions, intensities).enumerated() {
                f.tag(
                    "<tr class=\"fonction-\(index + 1)\">\n<th scope=\"row\"><span class=\"repere fonction-\(index + 1)\" aria-hidden=\"true\"></span>"
                )
                f.text(function.libelle)
                f.tag("</th>\n")
                for intensity in row {
                    f.tag(
                        "<td class=\"intensite-\(intensity)\"><span aria-hidden=\"true\">\(Self.symbols[intensity])</span><span class=\"visually-hidden\">\(Self.words[intensity])</span></td>"
                    )
                }
                f.tag("\n</tr>\n")
            }
            f.tag("</tbody>\n</table>\n</div>\n")
            if chart { f.tag("</details>\n") }
        }
        for level in levels {
            // « Échelon national »: after a noun, French writes the adjective of the label in lower case.
            f.tag("<h3 class=\"echelon\">Échelon ")
            f.text(level.libelle.prefix(1).lowercased() + level.libelle.dropFirst())
            f.tag("</h3>\n<ul class=\"pratiques\">\n")
            for p in practices where p.echelon == level.id {
                let index = (referentiel.fonctions.firstIndex { $0.id == p.fonction } ?? 0) + 1
                let dominant = p.effectiveIntensity == 2
                f.tag(
                    "<li class=\"pratique fonction-\(index)\">\n<p class=\"pratique-fonction\"><span class=\"repere fonction-\(index)\" aria-hidden=\"true\"></span>"
                )
                f.text(referentiel.label(p.fonction, in: \.fonctions))
                f.unindexed { f in
                    f.tag(
                        " <span class=\"intensite\" title=\"\(dominant ? "fonction dominante" : "fonction présente")\" data-pagefind-ignore>\(dominant ? "++" : "+")</span>"
                    )
                }
                f.tag("</p>\n")
                if !p.actions.isEmpty {
                    f.tag("<ul class=\"actions\">\n")
                    for action in p.actions {
                        f.tag("<li>")
                        f.html(action.html)
                        // The phases are the search's `phase` filter: left out of the excerpts' text.
                        if !action.phases.isEmpty {
                            f.unindexed { f in
                                f.tag(" <span class=\"phases\" data-pagefind-ignore>")
                                for phase in action.phases {
                                    f.tag("<span class=\"pastille phase\">")
                                    f.text(referentiel.label(phase, in: \.phases))
                                    f.tag("</span> ")
                                }
                                f.tag("</span>")
                            }
                        }
                        f.tag("</li>\n")
                    }
                    f.tag("</ul>\n")
                }
                f.tag("</li>\n")
            }
            f.tag("</ul>\n")
        }
        return f.out
    }

    // MARK: Socio-economic model

    func model() -> String {
        guard let m = monograph.modele, !m.isEmpty else { return "" }
        var f = Fragment(forSearch: forSearch)
        f.tag("<div class=\"modele\">\n")
        func block(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            f.tag("<div class=\"modele-bloc\">\n<h3>\(title)</h3>\n<ul>")
            f.items(items)
            f.tag("</ul>\n</div>\n")
        }
        block(
            "Richesses humaines",
            (m.richessesHumaines ?? []).map { h in
                var item = Fragment(forSearch: forSearch)
                if let level = h.echelon {
                    item.tag("<strong>")
                    item.text(referentiel.label(level, in: \.echelons))
                    item.tag(" :</strong> ")
                }
                item.html(md(h.texte))
                return item.out
            })
        block("Financements", (m.financements ?? []).map(md))
        block("Partenariats", (m.partenariats ?? []).map(md))
        f.tag("</div>\n")
        return f.out
    }

    // MARK: Key points

    func keyPoints() -> String {
        guard let points = monograph.perspectives, !points.isEmpty else { return "" }
        var f = Fragment(forSearch: forSearch)
        f.tag("<ul class=\"points-cles\">")
        f.items(points.map(md))
        f.tag("</ul>\n")
        return f.out
    }
}
