import MonographCore
import MonographViews

/// How the explorer's rows are laid out on pages, so that no page of it passes one megabyte, however
/// large the collection, while every row stays reachable through the filters.
///
/// The rule, deterministic, on the rows' weights in bytes (`ExplorerRowMarkup.weight`) plus each
/// page's own (its layout and filter form, `overhead`, and the options of its networks' filter: every
/// network on the index, the networks of its rows on any other page, so that a page's weight never
/// grows with the collection but with its own rows):
///
/// 1. While every row fits `budget`, they all are on `explorateur/index.html` (the programme's seven
///    networks are far below it).
/// 2. Otherwise the index keeps the filter form and lists the pages, and the rows go to pages of their
///    own: the actions one page per function, `explorateur/actions/<fonction>/`, when each of them
///    fits, else one page per function and level, `explorateur/actions/<fonction>/<echelon>/`; the
///    innovations, which have neither, on `explorateur/innovations/`.
/// 3. A page that still does not fit is cut, in row order, into parts: `…/2/`, `…/3/`…
///
/// A filter that names the keys of the split (`?fonction=plaidoyer&echelon=regional`) thus has all its
/// rows on one page, to which the index's script sends the reader with the query string; any other
/// filter spans several pages, and the index lists those that may hold its rows (FORMAT §8).
struct ExplorerPlan: Sendable {
    /// The most a page may weigh by the estimate: a quarter under the megabyte, for what the estimate
    /// does not count exactly (an innovation's Markdown, counted as it is written).
    static let budget = 750_000
    /// What every page weighs besides its rows and its list of networks: the layout, the other filters,
    /// the table's head (about 12 KB measured).
    static let pageAllowance = 16_000
    /// From the deepest page to the site's root (`explorateur/actions/<fonction>/<echelon>/<part>/`): rows
    /// are weighed with the longest links they can have.
    static let deepestRoot = String(repeating: "../", count: 5)

    /// A key of the query string that chooses the page of an action.
    enum Key: String, Sendable {
        case fonction, echelon
    }

    /// What a page holds.
    struct Scope: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            /// Every row, on the index.
            case all
            /// The index of a split explorer: the filters and the list of pages, no rows.
            case index
            /// The actions of a function, or of a function at a level.
            case actions
            case innovations
        }

        var kind: Kind
        var fonction: String?
        var echelon: String?
        /// Which part of a page cut in parts (from 1), and how many parts.
        var part = 1
        var parts = 1

        /// The page's folder under `explorateur/`: `""`, `actions/<fonction>/[<echelon>/]` or
        /// `innovations/`, then `<part>/` from the second part on.
        var path: String {
            var path: String
            switch kind {
            case .all, .index: path = ""
            case .actions: path = "actions/" + [fonction, echelon].compactMap { $0.map { $0 + "/" } }.joined()
            case .innovations: path = "innovations/"
            }
            return part > 1 ? path + "\(part)/" : path
        }
    }

    /// A page and the rows it holds: their indices in the site's order of rows (`ExplorerRow.visit`,
    /// network after network in home-page order).
    struct Page: Sendable {
        var scope: Scope
        var rows: [Int]
        /// The networks of the page's filter, as indices in home-page order: those of its rows; nil on
        /// the index, whose filter lists every network.
        var networks: [Int]? = nil
    }

    /// A row's keys, as indices into the referentiel's lists (no function for an innovation), its
    /// weight, and its network (an index into the weights of the networks' options): what the rule reads.
    struct Weighed {
        var fonction: Int?
        var echelon: Int
        var weight: Int
        var network = 0
    }

    /// Every network, in home-page order: the filter's list on the index.
    let networks: [ExplorerRowMarkup.Network]
    /// What each page weighs besides its rows and its networks' options.
    let overhead: Int
    /// The weight of each network's option in the filter.
    let networkWeights: [Int]
    /// The keys of the split, in order: none while every row is on the index.
    let split: [Key]
    /// The index first, then the pages of actions (in the referentiel's order), then the innovations.
    let pages: [Page]

    /// The layout of `site`'s rows. Only their weights are counted here, for every build of `serve`
    /// makes it before anything is written; each page makes its rows (`rows(of:in:)`).
    init(_ site: Site) {
        let networks = site.monographs.map(ExplorerRowMarkup.Network.init)
        self.networks = networks
        // Names are weighed network by network, below: the markup needs none of them.
        let markup = ExplorerRowMarkup(root: Self.deepestRoot, networks: [], referentiel: site.referentiel) { $0 }
        var fonctions = site.referentiel.fonctions.map(\.id), echelons = site.referentiel.echelons.map(\.id)
        var fonctionIndex = Dictionary(fonctions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var echelonIndex = Dictionary(echelons.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        /// The index of `id` in `ids`; an id the referentiel lacks (a checked site has none) is added last.
        func index(_ id: String, _ ids: inout [String], _ indices: inout [String: Int]) -> Int {
            if let known = indices[id] { return known }
            ids.append(id)
            indices[id] = ids.count - 1
            return ids.count - 1
        }
        var weighed: [Weighed] = []
        for (n, (m, network)) in zip(site.monographs, networks).enumerated() {
            let base = markup.weight(reseau: network.slug, name: network.name)
            ExplorerRow.visit(
                m,
                practice: { p in
                    let (f, e) = (index(p.fonction, &fonctions, &fonctionIndex), index(p.echelon, &echelons, &echelonIndex))
                    let practice = base + markup.weight(fonction: p.fonction, echelon: p.echelon)
                    for action in p.actions {
                        weighed.append(Weighed(fonction: f, echelon: e, weight: practice + markup.weight(action.html, action.phases), network: n))
                    }
                },
                innovation: { i in
                    let weight = base + markup.weight(nom: i.nom, description: i.description, phases: i.phase.map { [$0] } ?? [])
                    weighed.append(Weighed(fonction: nil, echelon: 0, weight: weight, network: n))
                })
        }
        // The list of networks of the filter: one option each.
        overhead = Self.pageAllowance
        networkWeights = networks.map { 30 + $0.slug.utf8.count + $0.name.utf8.count }
        (split, pages) = Self.layout(
            weighed, overhead: overhead, budget: Self.budget, fonctions: fonctions, echelons: echelons, networkWeights: networkWeights)
    }

    /// What `page` weighs besides its rows: the layout and the options of its networks.
    func overhead(of page: Page) -> Int {
        overhead + (page.networks.map { $0.reduce(0) { $0 + networkWeights[$1] } } ?? networkWeights.reduce(0, +))
    }

    /// The networks of `page`'s filter, in home-page order.
    func networks(of page: Page) -> [ExplorerRowMarkup.Network] {
        page.networks.map { $0.map { networks[$0] } } ?? networks
    }

    /// The rule above, over the rows' keys and weights; `fonctions` and `echelons` are the ids the keys
    /// index, in the referentiel's order, which is the pages' order; `networkWeights`, the weight of each
    /// network's option (none counted when empty).
    static func layout(
        _ rows: [Weighed], overhead: Int, budget: Int, fonctions: [String], echelons: [String], networkWeights: [Int] = []
    ) -> (split: [Key], pages: [Page]) {
        let room = budget - overhead
        func option(_ network: Int) -> Int { network < networkWeights.count ? networkWeights[network] : 0 }
        if rows.reduce(0, { $0 + $1.weight }) + networkWeights.reduce(0, +) <= room {
            return ([], [Page(scope: Scope(kind: .all), rows: Array(rows.indices))])
        }
        var innovations: [Int] = []
        var byFunction: [Int: [Int]] = [:], byLevel: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            guard let f = row.fonction else {
                innovations.append(index)
                continue
            }
            byFunction[f, default: []].append(index)
            byLevel[f * echelons.count + row.echelon, default: []].append(index)
        }
        /// The networks of `indices`, in home-page order.
        func networks(of indices: [Int]) -> [Int] { Set(indices.map { rows[$0].network }).sorted() }
        /// The rows' weights and their networks' options.
        func weight(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + rows[$1].weight } + Set(indices.map { rows[$0].network }).reduce(0) { $0 + option($1) }
        }
        /// `indices` in parts of at most `room` each, with their networks' options (a row heavier than
        /// that on a part of its own).
        func cut(_ indices: [Int]) -> [[Int]] {
            var parts: [[Int]] = [[]]
            var filled = 0
            var present: Set<Int> = []
            for row in indices {
                let network = rows[row].network
                if filled + rows[row].weight + (present.contains(network) ? 0 : option(network)) > room && !parts[parts.count - 1].isEmpty {
                    parts.append([])
                    filled = 0
                    present = []
                }
                parts[parts.count - 1].append(row)
                filled += rows[row].weight + (present.contains(network) ? 0 : option(network))
                present.insert(network)
            }
            return parts
        }
        let split: [Key] = byFunction.values.allSatisfy { weight($0) <= room } ? [.fonction] : [.fonction, .echelon]
        var pages = [Page(scope: Scope(kind: .index), rows: [])]
        // Keys in the referentiel's order: function first, then level.
        for (key, group) in (split.count == 1 ? byFunction : byLevel).sorted(by: { $0.key < $1.key }) {
            let (fonction, echelon) = split.count == 1 ? (fonctions[key], nil) : (fonctions[key / echelons.count], echelons[key % echelons.count])
            let parts = cut(group)
            for (index, part) in parts.enumerated() {
                pages.append(
                    Page(
                        scope: Scope(kind: .actions, fonction: fonction, echelon: echelon, part: index + 1, parts: parts.count), rows: part,
                        networks: networks(of: part)))
            }
        }
        if !innovations.isEmpty {
            let parts = cut(innovations)
            for (index, part) in parts.enumerated() {
                pages.append(Page(scope: Scope(kind: .innovations, part: index + 1, parts: parts.count), rows: part, networks: networks(of: part)))
            }
        }
        return (split, pages)
    }

    /// The rows of `page`, made from the site in the order in which they were counted.
    func rows(of page: Page, in site: Site) -> [ExplorerRow] {
        var wanted = page.rows[...]
        var rows: [ExplorerRow] = []
        rows.reserveCapacity(wanted.count)
        var next = 0
        for m in site.monographs where !wanted.isEmpty {
            ExplorerRow.visit(
                m,
                practice: { p in
                    // Most practices hold none of the page's rows: skipped as a whole.
                    guard let first = wanted.first, first < next + p.actions.count else {
                        next += p.actions.count
                        return
                    }
                    for action in p.actions {
                        if wanted.first == next {
                            rows.append(ExplorerRow(m, p, action))
                            wanted.removeFirst()
                        }
                        next += 1
                    }
                },
                innovation: { i in
                    if wanted.first == next {
                        rows.append(ExplorerRow(m, i))
                        wanted.removeFirst()
                    }
                    next += 1
                })
        }
        return rows
    }
}
