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

    static func entry(_ m: Monograph) -> Entry { Entry(domaine: m.domaine, identite: m.identite) }

    static func hasData(_ entry: Entry) -> Bool { !(entry.identite?.isEmpty ?? true) }

    static func content(_ input: ViewInput<Entry>, _ c: ViewContext) -> (title: String, html: String) {
        let headers = ["Réseau", "Type de tête de réseau", "Domaine", "Création", "Salariés de la tête de réseau", "Adhérents"]
        let rows = input.networks.map { network -> [String] in
            let i = network.entry.identite
            let creation = i?.creation.map { String($0) + (i?.creationNote.map { " (\(c.e($0)))" } ?? "") } ?? "–"
            return [
                c.link(network), i?.type.map(c.markdown.inline) ?? "–", c.markdown.inline(network.entry.domaine), creation,
                i?.salariesTdr.map(Format.number) ?? "–", i?.adherents.map(c.markdown.inline) ?? "–",
            ]
        }
        return ("Les têtes de réseau participantes", ViewFrame.table(headers: headers, rows: rows, className: "identites empilable"))
    }
}
