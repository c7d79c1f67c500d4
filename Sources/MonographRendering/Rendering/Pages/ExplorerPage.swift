import MonographCore
import MonographViews

/// `explorateur/index.html`: every action and every innovation in one table, filtered by network,
/// function, level and phase (FORMAT §8), and, for a collection too large for one page, the pages the
/// rows are laid out on (`ExplorerPlan`). The filters are the script `assets/explorateur.js`; without
/// it, every row is shown.
enum ExplorerPage {
    /// A page of the explorer other than the index, as the index lists it.
    struct Listed: Equatable, Sendable {
        var scope: ExplorerPlan.Scope
        var actions: Int
        var innovations: Int
    }

    /// What a page of the explorer shows.
    struct Inputs: Equatable, Sendable {
        var scope: ExplorerPlan.Scope
        var split: [ExplorerPlan.Key]
        /// The folders of the other pages, for the script (none while every row is on the index).
        var paths: [String]
        /// On the index of a split explorer: every other page and how many rows it holds.
        var listing: [Listed]
        var rows: [ExplorerRow]
        /// The networks of the filter, and of the rows' links: every network on the index, those of its
        /// rows on any other page.
        var networks: [ExplorerRowMarkup.Network]
        var navigation: Navigation

        init(_ site: Site, _ plan: ExplorerPlan, page: Int) {
            let page = plan.pages[page]
            scope = page.scope
            split = plan.split
            paths = plan.pages.map(\.scope.path).filter { !$0.isEmpty }
            listing =
                page.scope.kind == .index
                ? plan.pages.dropFirst().map { other in
                    let count = other.rows.count
                    return Listed(
                        scope: other.scope, actions: other.scope.kind == .actions ? count : 0,
                        innovations: other.scope.kind == .innovations ? count : 0)
                } : []
            rows = plan.rows(of: page, in: site)
            networks = plan.networks(of: page)
            navigation = Navigation(site)
        }
    }

    /// The page's title: the explorer, or the part of it a page holds.
    static func title(_ scope: ExplorerPlan.Scope, _ referentiel: Referentiel) -> String {
        switch scope.kind {
        case .all, .index: return "Explorateur des actions et des innovations"
        case .actions, .innovations: return "Explorateur : " + label(scope, referentiel)
        }
    }

    /// What a page other than the index holds, in words: « Plaidoyer — Régional (partie 2 sur 3) ».
    static func label(_ scope: ExplorerPlan.Scope, _ referentiel: Referentiel) -> String {
        var label: String
        switch scope.kind {
        case .all, .index: label = "Toutes les lignes"
        case .actions:
            label = [scope.fonction.map { referentiel.label($0, in: \.fonctions) }, scope.echelon.map { referentiel.label($0, in: \.echelons) }]
                .compactMap { $0 }.joined(separator: " — ")
        case .innovations: label = "Innovations remarquables"
        }
        return scope.parts > 1 ? label + " (partie \(scope.part) sur \(scope.parts))" : label
    }

    static func render(_ inputs: Inputs, _ layout: PageLayout, _ markdown: Markdown, referentiel: Referentiel) -> [String] {
        let e = Markdown.plain
        let scope = inputs.scope
        let explorerRoot = String(repeating: "../", count: scope.path.split(separator: "/").count)
        let root = explorerRoot + "../"
        let innovations = inputs.rows.filter(\.isInnovation).count
        let actions = inputs.rows.count - innovations
        let networks =
            switch inputs.networks.count {
            case 0: "d’aucun réseau"
            case 1: "de l’unique réseau"
            default: "des " + Format.count(inputs.networks.count, "réseau", "réseaux")
            }
        var chapo: String
        var count = Format.count(inputs.rows.count, "ligne", "lignes") + "."
        switch scope.kind {
        case .all:
            chapo =
                "\(words(actions, innovations)) \(networks), en un seul tableau. "
                + "Les filtres ne gardent que les lignes d’un réseau, d’une fonction, d’un échelon ou d’une étape ; "
                + "l’adresse de la page garde le filtre, pour le partager."
            count = Format.count(inputs.rows.count, "ligne", "lignes") + " : " + words(actions, innovations, articles: false) + "."
        case .index:
            let (allActions, allInnovations) = inputs.listing.reduce((0, 0)) { ($0.0 + $1.actions, $0.1 + $1.innovations) }
            chapo =
                "\(words(allActions, allInnovations)) \(networks) sont trop nombreuses "
                + "pour une seule page : elles sont réparties sur les pages ci-dessous"
                + (inputs.split.count == 1 ? ", une par fonction" : ", une par fonction et par échelon")
                + ". Les filtres mènent à la page qui contient les lignes choisies, ou montrent les pages où les chercher."
            count = "Les lignes sont réparties sur " + Format.count(inputs.listing.count, "page", "pages") + "."
        case .actions:
            let scoped = [
                scope.fonction.map { "la fonction « \(referentiel.label($0, in: \.fonctions)) »" },
                scope.echelon.map { "l’échelon « \(referentiel.label($0, in: \.echelons)) »" },
            ].compactMap { $0 }.joined(separator: " à ")
            chapo = "\(phrase(actions, "action", "actions")) de tous les réseaux pour \(scoped)\(partWords(scope)). \(elsewhere)"
        case .innovations:
            chapo =
                "\(phrase(innovations, "innovation remarquable", "innovations remarquables")) de tous les réseaux\(partWords(scope)). \(elsewhere)"
        }
        func options(_ items: [ReferenceItem]) -> [[String: Any]] { items.map { ["id": $0.id, "libelle": e($0.libelle)] } }
        var networkOptions = ""
        for network in inputs.networks {
            networkOptions += "<option value=\"\(Text.escapeHTML(network.slug))\">\(network.name)</option>"
        }
        let markup = ExplorerRowMarkup(
            root: root, networks: inputs.networks, referentiel: referentiel,
            inline: markdown.inline)
        func part(_ part: Int) -> Any {
            guard part >= 1 && part <= scope.parts && part != scope.part else { return false }
            var other = scope
            other.part = part
            return ["libelle": e(label(other, referentiel)), "lien": explorerRoot + other.path + "index.html"]
        }
        let title = title(scope, referentiel)
        let context = layout.context(title: title, root: root, current: "explorateur", path: "explorateur/" + scope.path).adding([
            "titre": e(title), "chapo": e(chapo), "compte": e(count),
            "ici": scope.path, "racine_explorateur": explorerRoot,
            "decoupage": inputs.split.map(\.rawValue).joined(separator: " "), "decoupe": !inputs.split.isEmpty,
            "pages": inputs.paths.joined(separator: " "),
            "portee_fonction": scope.fonction ?? "", "portee_echelon": scope.echelon ?? "",
            "options_reseaux": networkOptions,
            "fonctions": options(referentiel.fonctions), "echelons": options(referentiel.echelons), "phases": options(referentiel.phases),
            "tableau": scope.kind != .index,
            "legende": e(scope.kind == .all ? "Les actions et les innovations de tous les réseaux" : title),
            "legende_lignes": rowsWords(scope.kind), "legende_suite": partWords(scope),
            "vide": e(emptyWords(scope.kind)),
            "listes": lists(inputs.listing, referentiel),
            "precedent": part(scope.part - 1), "suivant": part(scope.part + 1), "voisins": scope.parts > 1,
        ])
        return ProsePages.parts(body: markup.html(inputs.rows), layout, context, template: "explorateur", key: "lignes")
    }

    /// « Les 31 actions et les 3 innovations remarquables », or the counts alone (« 31 actions et 3 innovations »).
    private static func words(_ actions: Int, _ innovations: Int, articles: Bool = true) -> String {
        guard articles else {
            return Format.count(actions, "action", "actions") + " et " + Format.count(innovations, "innovation", "innovations")
        }
        let second = phrase(innovations, "innovation remarquable", "innovations remarquables")
        return phrase(actions, "action", "actions") + " et " + second.prefix(1).lowercased() + second.dropFirst()
    }

    /// A count at the head of a sentence: « Les 31 actions », « L’unique action », « Aucune action ».
    private static func phrase(_ n: Int, _ one: String, _ many: String) -> String {
        n == 1 ? "L’unique " + one : n == 0 ? "Aucune " + one : "Les " + Format.count(n, one, many)
    }

    /// What a page's rows are, at the head of the caption that the script writes for a filter
    /// (« Les actions et les innovations du réseau X, fonction Plaidoyer »).
    private static func rowsWords(_ kind: ExplorerPlan.Scope.Kind) -> String {
        switch kind {
        case .all, .index: "Les actions et les innovations"
        case .actions: "Les actions"
        case .innovations: "Les innovations remarquables"
        }
    }

    /// What the page says when a filter leaves none of its rows.
    private static func emptyWords(_ kind: ExplorerPlan.Scope.Kind) -> String {
        switch kind {
        case .all, .index: "Aucune action ni innovation ne correspond à ces filtres."
        case .actions: "Aucune action ne correspond à ces filtres."
        case .innovations: "Aucune innovation ne correspond à ces filtres."
        }
    }

    /// « , partie 2 sur 3 » for a page cut in parts.
    private static func partWords(_ scope: ExplorerPlan.Scope) -> String {
        scope.parts > 1 ? ", partie \(scope.part) sur \(scope.parts)" : ""
    }

    private static let elsewhere = "Les autres lignes sont sur les autres pages de l’explorateur, que sa première page liste."

    /// The index's lists of pages: the actions', then the innovations'.
    private static func lists(_ listing: [Listed], _ referentiel: Referentiel) -> [[String: Any]] {
        func entries(_ kind: ExplorerPlan.Scope.Kind) -> [[String: Any]] {
            listing.filter { $0.scope.kind == kind }.map {
                [
                    "chemin": $0.scope.path, "fonction": $0.scope.fonction ?? "", "echelon": $0.scope.echelon ?? "",
                    "libelle": Markdown.plain(label($0.scope, referentiel)),
                    "compte": kind == .actions
                        ? Format.count($0.actions, "action", "actions") : Format.count($0.innovations, "innovation", "innovations"),
                ]
            }
        }
        return [("actions", "Les actions", entries(.actions)), ("innovations", "Les innovations remarquables", entries(.innovations))]
            .filter { !$0.2.isEmpty }.map { ["id": $0.0, "titre": $0.1, "pages": $0.2] }
    }
}
