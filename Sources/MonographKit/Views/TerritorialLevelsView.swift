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
            let entries = practices.filter { $0.practice.fonction == function.id }
            guard !entries.isEmpty else { continue }
            out += "<h3 class=\"fonction fonction-\(index + 1)\">\(c.e(function.libelle))</h3>\n"
            out += ViewFrame.table(
                headers: ["Réseau", "Échelon", "Actions"],
                rows: entries.map { entry in
                    let actions = entry.practice.actions
                    return [
                        c.link(entry.reseau), c.e(c.label(entry.practice.echelon, in: \.echelons)),
                        actions.isEmpty ? "–" : "<ul>" + actions.map { "<li>\($0.html)</li>" }.joined() + "</ul>",
                    ]
                })
        }
        return ("Pratiques aux échelons régional, départemental et local, par fonction", out)
    }
}
