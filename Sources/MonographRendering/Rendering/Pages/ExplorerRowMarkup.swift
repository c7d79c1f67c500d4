import MonographCore
import MonographViews

/// How the explorer writes a row: a `<tr>` with the row's ids as data attributes (FORMAT §8), then its
/// text as the row's header, its network (linked), function, level and phases.
struct ExplorerRowMarkup {
    /// A network as rows and filters name it: its slug and its name as HTML.
    struct Network: Equatable, Sendable {
        var slug: String
        var name: String

        init(_ m: Monograph) {
            slug = m.slug
            name = Markdown.plainHTML(m.nom)
        }
    }

    /// From the page to the site's root.
    var root: String
    /// Each network's name as HTML, by slug.
    var names: [String: String]
    /// Each id's `libelle` as HTML, by id.
    var fonctions: [String: String]
    var echelons: [String: String]
    var phases: [String: String]
    /// An innovation's inline Markdown as HTML.
    var inline: (String) -> String
    /// The lengths in bytes of the labels, for `weight`.
    private var fonctionBytes, echelonBytes, phaseBytes: [String: Int]

    init(root: String, networks: [Network], referentiel: Referentiel, inline: @escaping (String) -> String) {
        self.root = root
        names = Dictionary(networks.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        func labels(_ items: [ReferenceItem]) -> [String: String] {
            Dictionary(items.map { ($0.id, Markdown.plainHTML($0.libelle)) }, uniquingKeysWith: { first, _ in first })
        }
        fonctions = labels(referentiel.fonctions)
        echelons = labels(referentiel.echelons)
        phases = labels(referentiel.phases)
        self.inline = inline
        fonctionBytes = fonctions.mapValues(\.utf8.count)
        echelonBytes = echelons.mapValues(\.utf8.count)
        phaseBytes = phases.mapValues(\.utf8.count)
    }

    func write(_ row: ExplorerRow, into html: inout String) {
        let e = Text.escapeHTML
        html += row.isInnovation ? "<tr class=\"innovation\" data-reseau=\"" : "<tr data-reseau=\""
        html += e(row.reseau)
        if let echelon = row.echelon {
            html += "\" data-echelon=\""
            html += e(echelon)
        }
        if let fonction = row.fonction {
            html += "\" data-fonction=\""
            html += e(fonction)
        }
        html += "\" data-phases=\""
        for (index, phase) in row.phases.enumerated() {
            if index > 0 { html += " " }
            html += e(phase)
        }
        html += "\"><th scope=\"row\">"
        switch row.item {
        case .action(let text):
            html += text
        case .innovation(let nom, let description):
            html += "<span class=\"pastille\">Innovation</span> <strong>"
            html += inline(nom)
            html += "</strong>"
            if let description {
                html += " — "
                html += inline(description)
            }
        }
        html += "</th><td><a href=\""
        html += root
        html += "reseaux/"
        html += e(row.reseau)
        html += "/index.html\">"
        html += names[row.reseau] ?? e(row.reseau)
        html += "</a></td><td>"
        label(row.fonction, fonctions, into: &html)
        html += "</td><td>"
        label(row.echelon, echelons, into: &html)
        html += "</td><td>"
        if row.phases.isEmpty { html += "–" }
        for (index, phase) in row.phases.enumerated() {
            if index > 0 { html += ", " }
            html += phases[phase] ?? e(phase)
        }
        html += "</td></tr>\n"
    }

    /// The label of `id`, or a dash when the row has none (an innovation has no function or level).
    private func label(_ id: String?, _ labels: [String: String], into html: inout String) {
        guard let id else {
            html += "–"
            return
        }
        html += labels[id] ?? Text.escapeHTML(id)
    }

    /// The rows as HTML.
    func html(_ rows: [ExplorerRow]) -> String {
        var html = ""
        for row in rows { write(row, into: &html) }
        return html
    }

    /// The length in bytes of `row`'s HTML as `write` makes it, counted without making it: exact for an
    /// action; for an innovation, its Markdown counted as it is written. The rule of `ExplorerPlan` adds
    /// up the same parts without making the rows.
    func weight(_ row: ExplorerRow) -> Int {
        let network = weight(reseau: row.reseau, name: names[row.reseau] ?? row.reseau)
        switch row.item {
        case .action(let html): return network + weight(fonction: row.fonction ?? "", echelon: row.echelon ?? "") + weight(html, row.phases)
        case .innovation(let nom, let description): return network + weight(nom: nom, description: description, phases: row.phases)
        }
    }

    // The parts of a row's weight. They mirror `write`, piece for piece (`ExplorerLayoutTests` checks
    // that both agree on every action); ids are slugs, which escaping leaves as they are.

    /// What the network gives a row: its slug, twice, its name and the link's way to the root.
    func weight(reseau: String, name: String) -> Int {
        root.utf8.count + 2 * reseau.utf8.count + name.utf8.count
    }

    /// What a practice gives each of its actions' rows: the markup, its ids and their labels.
    func weight(fonction: String, echelon: String) -> Int {
        Self.actionMarkup + fonction.utf8.count + (fonctionBytes[fonction] ?? fonction.utf8.count) + echelon.utf8.count
            + (echelonBytes[echelon] ?? echelon.utf8.count)
    }

    /// What an action gives its row: its text and its phases.
    func weight(_ html: String, _ phases: [String]) -> Int {
        html.utf8.count + weight(phases: phases)
    }

    /// What an innovation gives its row, its network aside.
    func weight(nom: String, description: String?, phases: [String]) -> Int {
        Self.innovationMarkup + nom.utf8.count + (description.map { Self.descriptionMarkup + $0.utf8.count } ?? 0) + weight(phases: phases)
    }

    /// The phases' ids, in the row's attribute, and their labels, in its cell (a dash when none).
    private func weight(phases: [String]) -> Int {
        guard !phases.isEmpty else { return Self.dash }
        var bytes = 3 * (phases.count - 1)
        for phase in phases { bytes += phase.utf8.count + (phaseBytes[phase] ?? phase.utf8.count) }
        return bytes
    }

    private static func bytes(_ pieces: [String]) -> Int { pieces.reduce(0) { $0 + $1.utf8.count } }
    private static let dash = bytes(["–"])
    /// The markup `write` gives every row, ids and texts aside.
    private static let rowMarkup = bytes([
        "\" data-phases=\"", "\"><th scope=\"row\">", "</th><td><a href=\"", "reseaux/", "/index.html\">", "</a></td><td>",
        "</td><td>", "</td><td>", "</td></tr>\n",
    ])
    private static let actionMarkup = rowMarkup + bytes(["<tr data-reseau=\"", "\" data-echelon=\"", "\" data-fonction=\""])
    /// An innovation's: no function nor level, a dash for each.
    private static let innovationMarkup =
        rowMarkup + bytes(["<tr class=\"innovation\" data-reseau=\"", "<span class=\"pastille\">Innovation</span> <strong>", "</strong>", "–", "–"])
    private static let descriptionMarkup = bytes([" — "])
}
