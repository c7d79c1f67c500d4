import MonographCore

/// `identites`: the participating network heads, one row each.
enum IdentitiesView: ComputedView {
    struct Entry: Equatable, Sendable {
        var domaine: String
        var identite: Identity?
    }

    static let id = ViewID.identites
    static let governingSection: SectionID? = .carteIdentite
    static let titleWithoutData = "Les têtes de réseau participantes"
    static let dataKey: String? = "identites"

    /// The identity cards are in `reseaux.json`; `synthese.json` gives only the view's coverage.
    static func data(_ input: ViewInput<Entry>, _ referentiel: Referentiel) -> JSONValue? { nil }

    static func entry(_ m: Monograph) -> Entry { Entry(domaine: m.domaine, identite: m.identite) }

    static func hasData(_ entry: Entry) -> Bool { !(entry.identite?.isEmpty ?? true) }

    static func content(_ input: ViewInput<Entry>, _ c: ViewContext) -> (title: String, html: String) {
        let headers = ["Réseau", "Type de tête de réseau", "Domaine", "Création", "Salariés de la tête de réseau", "Adhérents"]
        let networks = Listing(input.networks, bound: ListingBound.networks)
        let rows = networks.shown.map { network -> [String] in
            let i = network.entry.identite
            let creation = i?.creation.map { String($0) + (i?.creationNote.map { " (\(c.e($0)))" } ?? "") } ?? "–"
            return [
                c.link(network), i?.type.map(c.markdown.inline) ?? "–", c.markdown.inline(network.entry.domaine), creation,
                i?.salariesTdr.map(Format.number) ?? "–", i?.adherents.map(c.markdown.inline) ?? "–",
            ]
        }
        var html = ViewFrame.table(headers: headers, rows: rows, className: "identites empilable")
        if networks.isCut {
            html += ViewFrame.rest(
                "Le tableau montre \(ViewFrame.firstNetworks(networks)), \(ListingBound.order). "
                    + "Pour \(ViewFrame.others(networks.hidden, "réseau", "réseaux")), "
                    + "les cartes d’identité sont dans <a href=\"\(c.data("reseaux.csv"))\">reseaux.csv</a>, et chaque monographie est dans le "
                    + "<a href=\"\(c.root)plan-du-site/index.html#monographies\">plan du site</a>.")
        }
        return ("Les têtes de réseau participantes" + (networks.isCut ? " : \(ViewFrame.firstNetworks(networks))" : ""), html)
    }
}
