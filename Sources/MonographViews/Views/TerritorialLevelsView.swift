import MonographCore

/// `echelons-territoriaux`: the practices at regional, departmental and local level, by function.
enum TerritorialLevelsView: ComputedView {
    static let id = ViewID.echelonsTerritoriaux
    static let governingSection: SectionID? = .pratiques
    static let titleWithoutData = "Pratiques aux échelons régional, départemental et local"
    static let dataKey: String? = "echelons_territoriaux"

    /// The levels shown: every level below the national one.
    static let levels: Set<String> = ["regional", "departemental", "local"]

    static let inputName = PhasesView.inputName

    static func entry(_ m: Monograph) -> [Practice] { PhasesView.entry(m) }

    static func hasData(_ practices: [Practice]) -> Bool { !practices.isEmpty }

    /// Every practice at one of `levels`, with its network, in content order: network, then practice
    /// order (FORMAT §6).
    static func practices(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> [(reseau: String, practice: Practice)] {
        let functions = Set(referentiel.fonctions.map(\.id))
        return input.networks.flatMap { network in
            network.entry.filter { functions.contains($0.fonction) && levels.contains($0.echelon) }.map { (network.slug, $0) }
        }
    }

    static func data(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> JSONValue? {
        .array(
            figures(input, referentiel).map {
                .object([
                    ("fonction", .string($0.fonction)), ("echelon", .string($0.echelon)), ("reseau", .string($0.reseau)),
                    ("actions", .strings($0.actions)),
                ])
            })
    }

    static func figures(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> [Synthesis.TerritorialPractice] {
        practices(input, referentiel).map {
            Synthesis.TerritorialPractice(
                fonction: $0.practice.fonction, echelon: $0.practice.echelon, reseau: $0.reseau, actions: $0.practice.actions.map(\.texte))
        }
    }

    static func content(_ input: ViewInput<[Practice]>, _ c: ViewContext) -> (title: String, html: String) {
        let practices = practices(input, c.referentiel)
        guard !practices.isEmpty else {
            return (
                "Pratiques aux échelons régional, départemental et local",
                "<p class=\"vide\">Aucune pratique n’est encore décrite à ces échelons.</p>\n"
            )
        }
        var out = ""
        for (index, function) in c.referentiel.fonctions.enumerated() {
            let all = practices.filter { $0.practice.fonction == function.id }
            guard !all.isEmpty else { continue }
            let entries = Listing(all, bound: ListingBound.practicesPerFunction)
            out += "<h3 class=\"fonction fonction-\(index + 1)\">\(c.e(function.libelle))</h3>\n"
            out += ViewFrame.table(
                headers: ["Réseau", "Échelon", "Actions"],
                rows: entries.shown.map { entry in
                    let actions = entry.practice.actions
                    return [
                        c.link(entry.reseau), c.e(c.label(entry.practice.echelon, in: \.echelons)),
                        actions.isEmpty ? "–" : "<ul>" + actions.map { "<li>\($0.html)</li>" }.joined() + "</ul>",
                    ]
                })
            if entries.isCut { out += rest(entries, function, levels: Set(all.map(\.practice.echelon)), c) }
        }
        return ("Pratiques aux échelons régional, départemental et local, par fonction", out)
    }

    /// What a function's cut table shows, and the explorer filtered by the function at each level of its
    /// practices.
    private static func rest<Item>(_ entries: Listing<Item>, _ function: ReferenceItem, levels: Set<String>, _ c: ViewContext) -> String {
        let links = c.referentiel.echelons.filter { levels.contains($0.id) }.map {
            "<a href=\"\(c.explorer(fonction: function.id, echelon: $0.id))\">\(c.e($0.libelle))</a>"
        }
        return ViewFrame.rest(
            "Le tableau montre les \(Format.number(entries.shown.count)) premières pratiques sur \(Format.number(entries.total)), "
                + "\(ListingBound.order) ; \(ViewFrame.others(entries.hidden, "est", "sont")) dans l’explorateur, par échelon : "
                + "\(links.joined(separator: ", ")).")
    }
}
