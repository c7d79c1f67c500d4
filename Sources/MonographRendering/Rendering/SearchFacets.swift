import MonographCore
import MonographViews

/// The search filters of an indexed page (FORMAT §8): each a Pagefind filter name and a value, the value
/// being the referentiel's label (`libelle`) for the lists it defines.
struct SearchFacets: Equatable, Sendable {
    /// The rubriques of the site, as search results are filtered by them.
    enum Rubrique: String, CaseIterable {
        case monographie = "Monographie"
        case livret = "Livret"
        case synthese = "Synthèse"
        case referentiel = "Référentiel"
    }

    /// The filters, named as Pagefind and the search page's form name them (FORMAT §8), in this order.
    enum Filter: String, CaseIterable {
        case rubrique, fonction, echelon, phase, nature, domaine
    }

    /// (filter, value) pairs, in a fixed order: filter order, then the referentiel's order of values.
    private(set) var pairs: [(name: Filter, value: String)]

    /// The filters of a page of `rubrique` that has no structured data of its own.
    init(_ rubrique: Rubrique) {
        pairs = [(.rubrique, rubrique.rawValue)]
    }

    /// A monograph's domain as the `domaine` filter's value (its free text, with French typography).
    static func domaine(of m: Monograph) -> String {
        Markdown.plain(m.domaine)
    }

    /// A monograph's filters: the functions and levels of its practices, the phases of its actions and
    /// innovations, the natures of its dynamic and of its cycles, its domain.
    init(_ m: Monograph, referentiel: Referentiel) {
        let practices = m.pratiques ?? []
        let innovations = (m.cycles ?? []).flatMap { $0.innovations ?? [] }
        let phases = practices.flatMap { $0.actions.flatMap(\.phases) } + innovations.compactMap(\.phase)
        let natures = (m.natures ?? []) + (m.cycles ?? []).flatMap { $0.natures ?? [] }
        func labels(_ ids: [String], in list: [ReferenceItem]) -> [String] {
            let used = Set(ids)
            return list.filter { used.contains($0.id) }.map(\.libelle)
        }
        pairs = [(.rubrique, Rubrique.monographie.rawValue)]
        pairs += labels(practices.map(\.fonction), in: referentiel.fonctions).map { (.fonction, $0) }
        pairs += labels(practices.map(\.echelon), in: referentiel.echelons).map { (.echelon, $0) }
        pairs += labels(phases, in: referentiel.phases).map { (.phase, $0) }
        pairs += labels(natures, in: referentiel.natures).map { (.nature, $0) }
        pairs.append((.domaine, Self.domaine(of: m)))
    }

    /// The filters as empty hidden elements, one per value, to place inside the page's main content.
    /// Pagefind reads `name:value` up to the first colon, so a value may hold colons and commas.
    var html: String {
        pairs.map { "<span hidden data-pagefind-filter=\"\(Text.escapeHTML($0.name.rawValue + ":" + $0.value))\"></span>" }
            .joined(separator: "\n")
    }

    static func == (a: SearchFacets, b: SearchFacets) -> Bool {
        a.pairs.elementsEqual(b.pairs) { $0.name == $1.name && $0.value == $1.value }
    }
}
