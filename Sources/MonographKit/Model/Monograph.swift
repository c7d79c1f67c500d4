import Foundation

/// One network's monograph, as parsed from `reseaux/<slug>.md`.
///
/// A value, whose fields are kept in one shared storage until a copy changes (copy on write): a
/// monograph is copied into the site, the synthesis, the views and the caches of `serve`, and each copy
/// then costs one reference count instead of one for every string and list it holds.
public struct Monograph: Sendable, Equatable {
    private final class Storage: @unchecked Sendable {
        var slug: String
        var path: String
        var nom: String
        var numero: Int?
        var numeroLocation: SourceLocation?
        var titre: String
        var domaine: String
        var missions: String?
        var identite: Identity?
        var natures: [String]?
        var cycles: [Cycle]?
        var pratiques: [Practice]?
        var modele: SocioEconomicModel?
        var perspectives: [String]?
        var body: SectionedBody
        var usesViews: Bool
        var sortKey: String
        var revision: Revision

        init(slug: String, path: String, nom: String, numero: Int? = nil, numeroLocation: SourceLocation? = nil,
             titre: String, domaine: String, missions: String? = nil, identite: Identity? = nil,
             natures: [String]? = nil, cycles: [Cycle]? = nil, pratiques: [Practice]? = nil,
             modele: SocioEconomicModel? = nil, perspectives: [String]? = nil, body: SectionedBody,
             usesViews: Bool = false, sortKey: String = "", revision: Revision = Revision()) {
            self.slug = slug
            self.path = path
            self.nom = nom
            self.numero = numero
            self.numeroLocation = numeroLocation
            self.titre = titre
            self.domaine = domaine
            self.missions = missions
            self.identite = identite
            self.natures = natures
            self.cycles = cycles
            self.pratiques = pratiques
            self.modele = modele
            self.perspectives = perspectives
            self.body = body
            self.usesViews = usesViews
            self.sortKey = sortKey
            self.revision = revision
        }

        func copy() -> Storage {
            Storage(slug: slug, path: path, nom: nom, numero: numero, numeroLocation: numeroLocation, titre: titre,
                    domaine: domaine, missions: missions, identite: identite, natures: natures, cycles: cycles,
                    pratiques: pratiques, modele: modele, perspectives: perspectives, body: body,
                    usesViews: usesViews, sortKey: sortKey, revision: revision)
        }
    }

    private var storage: Storage

    init(slug: String, path: String, nom: String, numero: Int? = nil, numeroLocation: SourceLocation? = nil,
         titre: String, domaine: String, missions: String? = nil, identite: Identity? = nil,
         natures: [String]? = nil, cycles: [Cycle]? = nil, pratiques: [Practice]? = nil,
         modele: SocioEconomicModel? = nil, perspectives: [String]? = nil, body: SectionedBody,
         usesViews: Bool = false, sortKey: String = "", revision: Revision = Revision()) {
        storage = Storage(slug: slug, path: path, nom: nom, numero: numero, numeroLocation: numeroLocation,
                          titre: titre, domaine: domaine, missions: missions, identite: identite, natures: natures,
                          cycles: cycles, pratiques: pratiques, modele: modele, perspectives: perspectives,
                          body: body, usesViews: usesViews, sortKey: sortKey, revision: revision)
    }

    /// The storage, copied first if another monograph shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }

    public var path: String {
        get { storage.path }
        set { unique().path = newValue }
    }

    public var nom: String {
        get { storage.nom }
        set { unique().nom = newValue }
    }

    public var numero: Int? {
        get { storage.numero }
        set { unique().numero = newValue }
    }

    public var numeroLocation: SourceLocation? {
        get { storage.numeroLocation }
        set { unique().numeroLocation = newValue }
    }

    public var titre: String {
        get { storage.titre }
        set { unique().titre = newValue }
    }

    public var domaine: String {
        get { storage.domaine }
        set { unique().domaine = newValue }
    }

    public var missions: String? {
        get { storage.missions }
        set { unique().missions = newValue }
    }

    public var identite: Identity? {
        get { storage.identite }
        set { unique().identite = newValue }
    }

    public var natures: [String]? {
        get { storage.natures }
        set { unique().natures = newValue }
    }

    public var cycles: [Cycle]? {
        get { storage.cycles }
        set { unique().cycles = newValue }
    }

    public var pratiques: [Practice]? {
        get { storage.pratiques }
        set { unique().pratiques = newValue }
    }

    public var modele: SocioEconomicModel? {
        get { storage.modele }
        set { unique().modele = newValue }
    }

    public var perspectives: [String]? {
        get { storage.perspectives }
        set { unique().perspectives = newValue }
    }

    /// The body, split into the lead and the six sections' prose.
    public var body: SectionedBody {
        get { storage.body }
        set { unique().body = newValue }
    }

    /// Whether the body places computed views, so that its page depends on every other monograph.
    public var usesViews: Bool {
        get { storage.usesViews }
        set { unique().usesViews = newValue }
    }

    /// The name folded for French alphabetical order (accents and case ignored), computed once.
    public var sortKey: String {
        get { storage.sortKey }
        set { unique().sortKey = newValue }
    }

    /// Which reading of the file this is: `serve` gives each new parse a number of its own, so that its
    /// caches tell a monograph unchanged since the last build with one comparison. Not part of equality.
    public var revision: Revision {
        get { storage.revision }
        set { unique().revision = newValue }
    }

    /// Every field but `revision` equal (two parses of the same text are equal monographs).
    public static func == (a: Monograph, b: Monograph) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.slug == y.slug
            && x.path == y.path
            && x.nom == y.nom
            && x.numero == y.numero
            && x.numeroLocation == y.numeroLocation
            && x.titre == y.titre
            && x.domaine == y.domaine
            && x.missions == y.missions
            && x.identite == y.identite
            && x.natures == y.natures
            && x.cycles == y.cycles
            && x.pratiques == y.pratiques
            && x.modele == y.modele
            && x.perspectives == y.perspectives
            && x.body == y.body
            && x.usesViews == y.usesViews
            && x.sortKey == y.sortKey
    }

    /// Whether each section has something to show (FORMAT §6).
    public func isWritten(_ section: SectionID) -> Bool {
        if body.hasProse(section) { return true }
        switch section {
        case .carteIdentite: return !(identite?.isEmpty ?? true)
        case .dynamique: return !(natures ?? []).isEmpty
        case .cycles: return !(cycles ?? []).isEmpty
        case .pratiques: return !(pratiques ?? []).isEmpty
        case .modeleSocioEconomique: return !(modele?.isEmpty ?? true)
        case .perspectives: return !(perspectives ?? []).isEmpty
        }
    }

    /// Every action of every practice, with the practice it belongs to.
    var allActions: [(practice: Practice, action: Action)] {
        (pratiques ?? []).flatMap { p in p.actions.map { (p, $0) } }
    }
}

/// A number that identifies one parse of a file; equal whatever its value, so that two parses of the same
/// text are equal monographs.
public struct Revision: Sendable, Equatable {
    public var number = 0

    public static func == (_: Revision, _: Revision) -> Bool { true }

    private static let counter = RevisionCounter()

    /// A number never given before in this process.
    static func next() -> Revision { Revision(number: counter.next()) }
}

private final class RevisionCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
