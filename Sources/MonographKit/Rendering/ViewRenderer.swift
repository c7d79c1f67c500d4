/// Renders the computed views of FORMAT §5: each a figure with an inline SVG chart where a chart helps,
/// and the same figures as an HTML table, plus a link to the open data behind it.
struct ViewRenderer {
    let site: Site
    /// The synthesis, computed by the first view that needs it.
    private let synthesisProvider: () -> Synthesis
    var synthesis: Synthesis { synthesisProvider() }
    /// Keeps a rendered view for other pages and later builds (see `render`); nil to render every time.
    let memo: ((ViewID, () -> String) -> String)?
    /// The relative path from the page to the site root ("", "../", "../../").
    var root: String
    let markdown: Markdown

    /// Network names by slug, built once per page.
    let names: [String: String]

    /// The escaped text of each network's link, by slug, shared by the views of a rendering.
    private let linkTexts: () -> [String: String]

    /// Rows kept from the last rendering of each view (`serve`), with the revision of each network's
    /// monograph; nil to render every row.
    let rows: (rows: (ViewID) -> ViewRows, revisions: () -> [String: Int])?

    init(site: Site, synthesis: @escaping () -> Synthesis, root: String, markdown: Markdown, names: [String: String],
         linkTexts: @escaping () -> [String: String], memo: ((ViewID, () -> String) -> String)? = nil,
         rows: (rows: (ViewID) -> ViewRows, revisions: () -> [String: Int])? = nil) {
        self.linkTexts = linkTexts
        self.rows = rows
        self.site = site
        self.synthesisProvider = synthesis
        self.memo = memo
        self.root = root
        self.markdown = markdown
        self.names = names
    }

    private var ref: Referentiel { site.referentiel }

    func render(_ id: String) -> String {
        guard let view = ViewID(rawValue: id) else { return "" }
        guard let memo else { return build(view) }
        // Kept views are rendered once for pages at every depth: their links start with a marker,
        // replaced by this page's way to the root. (The marker is a private-use character; one typed
        // in content would become that relative path, which is harmless text.)
        var shared = self
        shared.root = Self.rootMarker
        let html = memo(view) {
            shared.rows?.rows(view).start()
            return shared.build(view)
        }
        return Text.replacing(Self.rootMarker, with: root, in: html)
    }

    static let rootMarker = "\u{E002}"

    private func build(_ view: ViewID) -> String {
        let coverage = synthesis.couverture[view] ?? Coverage(view, monographs: site.monographs)
        // A view with no data at all shows its coverage notice, not an empty chart.
        let (title, body) = coverage.withData.isEmpty ? (Self.titlesWithoutData[view] ?? "", "") : content(of: view)
        // Appended in place: a view over thousands of networks is large, and each `+` would copy it.
        var out = "<figure class=\"vue vue-\(view.rawValue)\" data-vue=\"\(view.rawValue)\" data-couverture=\"\(coverage.fraction)\""
        out += coverage.isPartial ? " data-partiel>\n" : ">\n"
        out.reserveCapacity(body.utf8.count + 1_000)
        out += caption(title)
        out += coverageNote(coverage)
        out += body
        out += "<p class=\"vue-donnees\">Données : <a href=\"\(root)donnees/synthese.json\">synthese.json</a>, "
        out += "<a href=\"\(root)donnees/reseaux.json\">reseaux.json</a>, <a href=\"\(root)donnees/reseaux.csv\">reseaux.csv</a></p>\n"
        out += "</figure>\n"
        return out
    }

    /// The view's caption and its chart and table.
    private func content(of view: ViewID) -> (title: String, content: String) {
        switch view {
        case .phases: phases()
        case .fonctionsParPhase: functionsByPhase()
        case .fonctionsParReseau: functionsByNetwork()
        case .echelonsTerritoriaux: territorialLevels()
        case .natures: natures()
        case .identites: identities()
        case .panoramaInnovations: innovations()
        case .completude: completeness()
        }
    }

    /// The caption of each view when no network has data for it.
    private static let titlesWithoutData: [ViewID: String] = [
        .phases: "Étapes du processus d’innovation", .fonctionsParPhase: "Fonctions mobilisées à chaque étape",
        .fonctionsParReseau: "Fonctions exercées par chaque tête de réseau",
        .echelonsTerritoriaux: "Pratiques aux échelons régional, départemental et local", .natures: "Natures de l’innovation",
        .identites: "Les têtes de réseau participantes", .panoramaInnovations: "Innovations remarquables",
        .completude: "État de rédaction des monographies",
    ]

    // MARK: Helpers

    private func e(_ s: String) -> String { Markdown.plainHTML(s) }

    private func networkName(_ slug: String) -> String {
        names[slug] ?? slug
    }

    private func networkLink(_ slug: String) -> String {
        "<a href=\"\(root)reseaux/\(slug)/index.html\">\(linkTexts()[slug] ?? e(networkName(slug)))</a>"
    }

    /// The cells of a row showing what the monograph of `slug` says, kept between renderings of `view`
    /// while that monograph is unchanged. `detail` tells the network's rows apart.
    private func row(_ view: ViewID, _ slug: String, _ detail: String, _ make: () -> [String]) -> [String] {
        guard let rows, let revision = rows.revisions()[slug], revision != 0 else { return make() }
        return rows.rows(view).row(ViewRows.Key(slug: slug, revision: revision, detail: detail), make)
    }

    private func networkList(_ slugs: [String]) -> String {
        slugs.isEmpty ? "–" : slugs.map(networkLink).joined(separator: ", ")
    }

    /// The sentence saying what a view rests on (FORMAT §5): how many networks it is computed on, which
    /// of them are described only in part, and which have no data, each linked. A list longer than
    /// `listedInline` names is counted in the sentence and given whole just below it, folded.
    private func coverageNote(_ c: Coverage) -> String {
        let k = c.withData.count, n = c.reseaux
        var sentence = "", folded = ""
        /// The networks of a list: their links, or their number and a folded list of the links.
        func networks(_ slugs: [String], _ title: String) -> String {
            guard slugs.count > Self.listedInline else { return networkList(slugs) }
            folded += "<details class=\"vue-liste\"><summary>\(title) (\(Format.number(slugs.count)))</summary>\n"
                + "<p>\(networkList(slugs))</p></details>\n"
            return Format.count(slugs.count, "réseau", "réseaux") + ", listés ci-dessous"
        }
        if c.isPartial { sentence += "<strong class=\"vue-partielle\">Vue partielle.</strong> " }
        if n == 0 {
            sentence += "Aucune monographie n’est encore écrite : cette vue n’a rien à montrer."
        } else if k == 0 {
            sentence += "Aucun réseau sur \(Format.number(n)) n’a encore de données pour cette vue, qui n’a donc rien à montrer"
            sentence += " ; sans données : \(networks(c.withoutData, "Réseaux sans données"))."
        } else {
            sentence += "Calculé sur \(Format.count(k, "réseau", "réseaux")) sur \(Format.number(n))"
            if !c.partial.isEmpty {
                sentence += ", dont \(Format.count(c.partial.count, "décrit", "décrits")) en partie seulement : "
                    + networks(c.partial, "Réseaux décrits en partie seulement")
            }
            if !c.withoutData.isEmpty { sentence += " ; sans données : " + networks(c.withoutData, "Réseaux sans données") }
            sentence += "."
        }
        return "<div class=\"vue-couverture\"><p>\(sentence)</p>\n\(folded)</div>\n"
    }

    /// How many networks a coverage sentence names in line; a longer list is folded below it.
    static let listedInline = 12

    private func caption(_ text: String) -> String {
        "<figcaption>\(e(text))</figcaption>\n"
    }

    /// A table of figures. On narrow screens the stylesheet stacks the rows of an `empilable` table, each cell
    /// after its column's name, and writes the column headers of a `matrice` vertically. The names are custom
    /// properties `--c2`, `--c3`… of the table: one attribute per table rather than one per cell.
    private func table(caption: String?, headers: [String], rows: [[String]], rowHeaders: Bool = true,
                       className: String = "empilable") -> String {
        let stacked = className.split(separator: " ").contains("empilable")
        let names = headers.indices.filter { $0 > 0 || !rowHeaders }.map { "--c\($0 + 1): \(cssString(headers[$0]))" }
        let style = stacked && !names.isEmpty ? " style=\"\(names.joined(separator: "; "))\"" : ""
        var out = "<div class=\"tableau-defilant\"><table class=\"donnees \(className)\"\(style)>\n"
        if let caption { out += "<caption>\(e(caption))</caption>\n" }
        out += "<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 && rowHeaders ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }

    /// A CSS string holding already HTML-escaped text, for a `style` attribute.
    private func cssString(_ escaped: String) -> String {
        "'" + escaped.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "&#39;", with: "\\27 ")
            .replacingOccurrences(of: "&quot;", with: "\\22 ") + "'"
    }

    /// `parts` joined with a single allocation.
    private func joined(_ parts: String...) -> String {
        var out = ""
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { out += part }
        return out
    }

    private func details(_ summary: String, _ content: String) -> String {
        joined("<details class=\"vue-tableau\"><summary>\(e(summary))</summary>\n", content, "</details>\n")
    }

    // MARK: Views

    private func phases() -> (title: String, content: String) {
        let data = synthesis.phases
        let labels = data.map { ref.label($0.phase, in: \.phases) }
        let chart = BarChart.grouped(
            title: "Étapes du processus d’innovation investies par les réseaux",
            description: data.enumerated().map {
                "\(labels[$0.offset]) : \(Format.count($0.element.reseaux, "réseau", "réseaux")), \(Format.count($0.element.actions, "action", "actions"))"
            }
                .joined(separator: " ; "),
            categories: labels,
            series: [("Réseaux", data.map(\.reseaux)), ("Actions", data.map(\.actions))])
        // The phases each network's actions are tagged with, gathered once for all rows.
        let phasesByNetwork = site.monographs.map { m in
            Set((m.pratiques ?? []).flatMap { $0.actions.flatMap(\.phases) })
        }
        // A network's link, made once for all the phases that list it.
        var links = [String?](repeating: nil, count: site.monographs.count)
        func link(_ index: Int) -> String {
            if let made = links[index] { return made }
            let made = networkLink(site.monographs[index].slug)
            links[index] = made
            return made
        }
        let rows = data.enumerated().map { index, count in
            let networks = phasesByNetwork.indices.filter { phasesByNetwork[$0].contains(count.phase) }
            return [e(labels[index]), Format.number(count.reseaux), Format.number(count.actions),
                    networks.isEmpty ? "–" : networks.map(link).joined(separator: ", ")]
        }
        return ("Nombre de réseaux et d’actions par étape du processus d’innovation",
                joined(chart, details("Voir les chiffres en tableau", table(caption: nil, headers: ["Étape", "Réseaux", "Actions", "Lesquels"], rows: rows))))
    }

    private func functionsByPhase() -> (title: String, content: String) {
        let columns = ref.phases.map(\.libelle)
        let rows = synthesis.fonctionsParPhase.map { (ref.label($0.key, in: \.fonctions), $0.values) }
        let chart = HeatMap.render(
            title: "Actions par fonction et par étape",
            description: "Nombre d’actions rattachées à chaque étape, par fonction de la tête de réseau",
            columns: columns, rows: rows, scale: .count)
        return ("Fonctions mobilisées à chaque étape : nombre d’actions (une action rattachée à deux étapes compte dans chacune)",
                joined(chart, details("Voir les chiffres en tableau", table(caption: nil, headers: ["Fonction"] + columns.map(e),
                                                                            rows: rows.map { [e($0.0)] + $0.1.map(Format.number) }, className: "matrice"))))
    }

    private func functionsByNetwork() -> (title: String, content: String) {
        let columns = ref.fonctions.map(\.libelle)
        let slugs = synthesis.fonctionsParReseau.map(\.key)
        let rows = synthesis.fonctionsParReseau.map { (networkName($0.key), $0.values) }
        let chart = HeatMap.render(
            title: "Intensité des fonctions par réseau",
            description: "Pour chaque réseau, intensité la plus forte de chaque fonction : 0 absente, 1 présente (+), 2 dominante (++)",
            columns: columns, rows: rows, scale: .intensity,
            keptRow: self.rows == nil ? nil : { index, layout, make in
                row(.fonctionsParReseau, slugs[index], "carte \(index) \(layout)") { [make()] }[0]
            })
        let symbols = ["–", "+", "++"]
        let tableRows = synthesis.fonctionsParReseau.map { entry in
            row(.fonctionsParReseau, entry.key, "tableau") {
                [networkLink(entry.key)] + entry.values.map { "<span title=\"\($0)\">\(symbols[min($0, 2)])</span>" }
            }
        }
        return ("Fonctions exercées par chaque tête de réseau : + présente, ++ dominante, – absente",
                joined(chart, details("Voir les chiffres en tableau", table(caption: nil, headers: ["Réseau"] + columns.map(e), rows: tableRows, className: "matrice"))))
    }

    private func territorialLevels() -> (title: String, content: String) {
        guard !synthesis.echelonsTerritoriaux.isEmpty else {
            return ("Pratiques aux échelons régional, départemental et local",
                    "<p class=\"vide\">Aucune pratique n’est encore décrite à ces échelons.</p>\n")
        }
        var out = ""
        for function in ref.fonctions {
            let entries = synthesis.echelonsTerritoriaux.filter { $0.fonction == function.id }
            guard !entries.isEmpty else { continue }
            let index = (ref.fonctions.firstIndex { $0.id == function.id } ?? 0) + 1
            out += "<h3 class=\"fonction fonction-\(index)\">\(e(function.libelle))</h3>\n"
            var places: [String: Int] = [:]
            out += table(caption: nil, headers: ["Réseau", "Échelon", "Actions"], rows: entries.map { entry in
                // The network's n-th practice of this function: the same as long as its monograph is.
                let place = places[entry.reseau, default: 0]
                places[entry.reseau] = place + 1
                return row(.echelonsTerritoriaux, entry.reseau, "\(function.id) \(place)") {
                    [networkLink(entry.reseau), e(ref.label(entry.echelon, in: \.echelons)),
                     entry.actions.isEmpty ? "–" : "<ul>" + entry.actions.map { "<li>\(markdown.inline($0))</li>" }.joined() + "</ul>"]
                }
            })
        }
        return ("Pratiques aux échelons régional, départemental et local, par fonction", out)
    }

    private func natures() -> (title: String, content: String) {
        let grid = RameauGrid.render(natures: ref.natures, values: Dictionary(uniqueKeysWithValues: synthesis.natures.map {
            ($0.nature, "\(Format.count($0.reseaux, "réseau", "réseaux")), \(Format.count($0.cycles, "cycle", "cycles"))")
        }), highlighted: Set(synthesis.natures.filter { $0.reseaux > 0 || $0.cycles > 0 }.map(\.nature)),
            title: "Les quatre natures de l’innovation dans les réseaux")
        let rows = synthesis.natures.map { count in
            [e(ref.label(count.nature, in: \.natures)), Format.number(count.reseaux), Format.number(count.cycles),
             networkList(site.monographs.indices.filter { (site.monographs[$0].natures ?? []).contains(count.nature) }
                .map { site.monographs[$0].slug })]
        }
        return ("Natures de l’innovation : réseaux dont la dynamique actuelle relève de chaque nature, et cycles concernés",
                joined(grid, details("Voir les chiffres en tableau", table(caption: nil, headers: ["Nature", "Réseaux", "Cycles", "Lesquels"], rows: rows))))
    }

    private func identities() -> (title: String, content: String) {
        let headers = ["Réseau", "Type de tête de réseau", "Domaine", "Création", "Salariés de la tête de réseau", "Adhérents"]
        let rows = site.monographs.map { m -> [String] in
            let i = m.identite
            let creation = i?.creation.map { String($0) + (i?.creationNote.map { " (\(e($0)))" } ?? "") } ?? "–"
            return [networkLink(m.slug), i?.type.map(markdown.inline) ?? "–", markdown.inline(m.domaine), creation,
                    i?.salariesTdr.map(Format.number) ?? "–", i?.adherents.map(markdown.inline) ?? "–"]
        }
        return ("Les têtes de réseau participantes", table(caption: nil, headers: headers, rows: rows, className: "identites empilable"))
    }

    private func innovations() -> (title: String, content: String) {
        guard !synthesis.innovations.isEmpty else {
            return ("Innovations remarquables", "<p class=\"vide\">Aucune innovation remarquable n’est encore décrite.</p>\n")
        }
        let rows = synthesis.innovations.map { i -> [String] in
            [markdown.inline(i.nom), networkLink(i.reseau), String(i.cycle),
             i.natures.map { e(ref.label($0, in: \.natures)) }.joined(separator: ", ").orDash,
             i.types.map { e(ref.label($0, in: \.types)) }.joined(separator: ", ").orDash,
             i.phase.map { e(ref.label($0, in: \.phases)) } ?? "–"]
        }
        return ("Panorama des innovations remarquables de tous les réseaux",
                table(caption: nil, headers: ["Innovation", "Réseau", "Cycle", "Natures du cycle", "Types", "Étape actuelle"], rows: rows))
    }

    private func completeness() -> (title: String, content: String) {
        let marks: [SectionState: String] = [
            .complete: "<span class=\"fait\">✓<span class=\"visually-hidden\"> complète</span></span>",
            .partielle: "<span class=\"partiel\">◐<span class=\"visually-hidden\"> partielle</span></span>",
            .aRediger: "<span class=\"a-faire\">–<span class=\"visually-hidden\"> à rédiger</span></span>",
        ]
        let rows = site.monographs.map { m -> [String] in
            let states = SectionID.allCases.map(m.state)
            return [networkLink(m.slug)] + states.map { marks[$0] ?? "" } + [e(SectionState.summary(states))]
        }
        return ("État de rédaction des monographies : sections complètes (✓), partielles (◐) et à rédiger (–)",
                table(caption: nil, headers: ["Réseau"] + SectionID.allCases.map { e($0.heading) } + ["Bilan"], rows: rows,
                      className: "completude matrice"))
    }
}

private extension String {
    var orDash: String { isEmpty ? "–" : self }
}
