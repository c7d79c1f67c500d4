import Foundation

/// Rendered monograph pages and their open-data entries kept between builds (for `serve`), so that a
/// change to one monograph re-renders that page and its neighbours only. Pages that place computed
/// views depend on every monograph and are never reused. The owner empties the cache when templates,
/// settings or the referentiel change.
public final class RenderCache: @unchecked Sendable {
    struct PageKey: Equatable {
        var monograph: Monograph
        var previous: String?
        var next: String?
        var firstBookletPage: String?
        var hasSynthesis: Bool
    }

    /// What a page built from the whole site depends on: the generation of the site's signature
    /// (which changes whenever the signature does) and the page's own inputs.
    struct Inputs: Equatable {
        var generation: Int
        var extra: [String]
    }

    private var signature: SiteSignature?
    private var generation = 0

    /// The generation of `signature`: the same number as long as the signature stays equal.
    func generation(of signature: SiteSignature) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if self.signature != signature {
            self.signature = signature
            generation += 1
        }
        return generation
    }

    private var memos: [String: (inputs: Inputs, value: String)] = [:]

    func memo(_ name: String, _ inputs: Inputs) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = memos[name], entry.inputs == inputs else { return nil }
        return entry.value
    }

    func storeMemo(_ value: String, _ name: String, _ inputs: Inputs) {
        lock.lock()
        defer { lock.unlock() }
        memos[name] = (inputs, value)
    }

    private let lock = NSLock()
    private var pages: [String: (key: PageKey, html: Data)] = [:]
    private var json: [String: (monograph: Monograph, element: String)] = [:]

    public init() {}

    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        pages.removeAll()
        json.removeAll()
        memos.removeAll()
        signature = nil
    }

    func page(for key: PageKey) -> Data? {
        guard !key.monograph.usesViews else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let entry = pages[key.monograph.slug], entry.key == key else { return nil }
        return entry.html
    }

    func storePage(_ html: Data, for key: PageKey) {
        guard !key.monograph.usesViews else { return }
        lock.lock()
        defer { lock.unlock() }
        pages[key.monograph.slug] = (key, html)
    }

    func json(for monograph: Monograph) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = json[monograph.slug], entry.monograph == monograph else { return nil }
        return entry.element
    }

    func storeJSON(_ element: String, for monograph: Monograph) {
        lock.lock()
        defer { lock.unlock() }
        json[monograph.slug] = (monograph, element)
    }
}

/// Everything of a site that its home page, booklet, synthesis, views and data files show, except the
/// monographs' prose: two builds with equal signatures give those pages identical.
struct SiteSignature: Equatable {
    struct Entry: Equatable {
        var slug, nom, titre, domaine: String
        var numero: Int?
        var missions: String?
        var identite: Identity?
        var natures: [String]?
        var cycles: [Cycle]?
        var pratiques: [Practice]?
        var modele: SocioEconomicModel?
        var perspectives: [String]?
        var written: [Bool]
    }

    var monographs: [Entry]
    var booklet: [String]
    var synthesis: String?

    init(_ site: Site) {
        monographs = site.monographs.map { m in
            Entry(slug: m.slug, nom: m.nom, titre: m.titre, domaine: m.domaine, numero: m.numero, missions: m.missions,
                  identite: m.identite, natures: m.natures, cycles: m.cycles, pratiques: m.pratiques, modele: m.modele,
                  perspectives: m.perspectives, written: SectionID.allCases.map { m.isWritten($0) })
        }
        booklet = site.booklet.flatMap { [$0.slug, $0.titre] }
        synthesis = site.synthesis?.titre
    }
}
