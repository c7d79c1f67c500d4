import Foundation

/// The six sections of a monograph, in page order. The raw value is the `<section id>` of FORMAT §6.
public enum SectionID: String, CaseIterable, Sendable {
    case carteIdentite = "carte-identite"
    case dynamique
    case cycles
    case pratiques
    case modeleSocioEconomique = "modele-socio-economique"
    case perspectives

    /// The heading a writer uses in the body, and the section's title on the page.
    public var heading: String {
        switch self {
        case .carteIdentite: "Carte d’identité"
        case .dynamique: "Dynamique d’innovation"
        case .cycles: "Cycles d’innovation"
        case .pratiques: "Pratiques au service de l’innovation"
        case .modeleSocioEconomique: "Modèle socio-économique"
        case .perspectives: "Points clés et perspectives"
        }
    }

    /// The section for a body heading, compared without case, accents or punctuation.
    static func forHeading(_ heading: String) -> SectionID? {
        // Headings are nearly always written exactly as expected; only others are folded and compared.
        exactHeadings[heading] ?? headingKeys[Text.headingKey(heading)]
    }

    private static let exactHeadings: [String: SectionID] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.heading, $0) })

    private static let headingKeys: [String: SectionID] = Dictionary(uniqueKeysWithValues: allCases.map { (Text.headingKey($0.heading), $0) })
}

/// Section 1: the identity card.
public struct Identity: Sendable, Equatable {
    public var type: String?
    public var creation: Int?
    public var creationNote: String?
    public var structure: String?
    public var salariesTdr: Int?
    public var salariesReseau: Int?
    public var adherents: String?
    public var budget: String?

    var isEmpty: Bool {
        type == nil && creation == nil && creationNote == nil && structure == nil && salariesTdr == nil
            && salariesReseau == nil && adherents == nil && budget == nil
    }
}

/// A remarkable innovation of a cycle.
public struct Innovation: Sendable, Equatable {
    public var nom: String
    public var description: String?
    public var types: [String]?
    public var phase: String?
}

/// Section 3: one cycle of innovation.
public struct Cycle: Sendable, Equatable {
    public var debut: Int
    public var approximatif: Bool
    public var titre: String
    public var contexte: String?
    public var reponse: String?
    public var natures: [String]?
    public var qualification: String?
    public var innovations: [Innovation]?
}

/// An action of a practice, with the phases of the innovation process it serves.
public struct Action: Sendable, Equatable {
    public var texte: String
    public var phases: [String]
}

/// Section 4: a practice of the network head at one level, for one function.
public struct Practice: Sendable, Equatable {
    public var echelon: String
    public var fonction: String
    /// 1 (shown as +) or 2 (++, dominant); nil when omitted, which counts as 1.
    public var intensite: Int?
    public var actions: [Action]

    var effectiveIntensity: Int { intensite ?? 1 }
}

/// Human resources for innovation at one level.
public struct HumanResource: Sendable, Equatable {
    public var echelon: String?
    public var texte: String
}

/// Section 5: the socio-economic model of the innovation dynamic.
public struct SocioEconomicModel: Sendable, Equatable {
    public var richessesHumaines: [HumanResource]?
    public var financements: [String]?
    public var partenariats: [String]?

    var isEmpty: Bool {
        (richessesHumaines ?? []).isEmpty && (financements ?? []).isEmpty && (partenariats ?? []).isEmpty
    }
}

/// A Markdown body as written: the text and the file line on which it starts.
public struct MarkdownSource: Sendable, Equatable {
    public var text: String
    public var firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}

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

/// A free page of the booklet, `livret/<slug>.md`.
public struct BookletPage: Sendable {
    public var slug: String
    public var path: String
    public var titre: String
    public var ordre: Int?
    public var body: MarkdownSource
}

/// The synthesis page, `synthese.md`.
public struct SynthesisPage: Sendable {
    public var path: String
    public var titre: String
    public var body: MarkdownSource
}

/// Site settings from `site.yml`.
public struct SiteSettings: Sendable {
    public var titre: String
    public var sousTitre: String?
    public var langue: String
    public var url: String?
    public var htmlBrut: Bool
}

/// Everything the content folder holds, validated.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var referentiel: Referentiel
    /// In home-page order: by `numero` (those without last), then by name in French order.
    public var monographs: [Monograph]
    public var booklet: [BookletPage]
    public var synthesis: SynthesisPage?
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
