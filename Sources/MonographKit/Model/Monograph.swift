import Foundation

/// One network's monograph, as parsed from `reseaux/<slug>.md`.
///
/// A value, whose fields are kept in one shared storage until a copy changes (copy on write): a
/// monograph is copied into the site, the synthesis, the views and the caches of `serve`, and each copy
/// then costs one reference count instead of one for every string and list it holds.
public struct Monograph: Sendable, Equatable {
    /// The fields, documented at their accessors below.
    struct Fields: Equatable {
        var slug: String
        var path: String
        var nom: String
        var numero: Int? = nil
        var numeroLocation: SourceLocation? = nil
        var titre: String
        var domaine: String
        var missions: String? = nil
        /// `mise_a_jour` as written, `AAAA-MM-JJ`.
        var miseAJour: String? = nil
        /// The date of the last commit that changed the file, when the content folder is in git.
        var lastCommitDate: String? = nil
        var identite: Identity? = nil
        var natures: [String]? = nil
        var cycles: [Cycle]? = nil
        var pratiques: [Practice]? = nil
        var modele: SocioEconomicModel? = nil
        var perspectives: [String]? = nil
        /// Sections marked under `redaction`: `partielle` or `complete` (only written sections may be marked).
        var redaction: [SectionID: SectionState] = [:]
        var body: SectionedBody
        var sortKey: String = ""
    }

    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// The fields, copied first if another monograph shares them.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    package var slug: String {
        get { box.fields.slug }
        set { unique().fields.slug = newValue }
    }
    package var path: String {
        get { box.fields.path }
        set { unique().fields.path = newValue }
    }
    package var nom: String {
        get { box.fields.nom }
        set { unique().fields.nom = newValue }
    }
    package var numero: Int? {
        get { box.fields.numero }
        set { unique().fields.numero = newValue }
    }
    package var numeroLocation: SourceLocation? {
        get { box.fields.numeroLocation }
        set { unique().fields.numeroLocation = newValue }
    }
    package var titre: String {
        get { box.fields.titre }
        set { unique().fields.titre = newValue }
    }
    package var domaine: String {
        get { box.fields.domaine }
        set { unique().fields.domaine = newValue }
    }
    package var missions: String? {
        get { box.fields.missions }
        set { unique().fields.missions = newValue }
    }
    package var miseAJour: String? {
        get { box.fields.miseAJour }
        set { unique().fields.miseAJour = newValue }
    }
    package var lastCommitDate: String? {
        get { box.fields.lastCommitDate }
        set { unique().fields.lastCommitDate = newValue }
    }
    /// The date of the last change (FORMAT §9): `mise_a_jour` when written, else the last commit's.
    package var lastModified: String? { miseAJour ?? lastCommitDate }
    package var identite: Identity? {
        get { box.fields.identite }
        set { unique().fields.identite = newValue }
    }
    package var natures: [String]? {
        get { box.fields.natures }
        set { unique().fields.natures = newValue }
    }
    package var cycles: [Cycle]? {
        get { box.fields.cycles }
        set { unique().fields.cycles = newValue }
    }
    package var pratiques: [Practice]? {
        get { box.fields.pratiques }
        set { unique().fields.pratiques = newValue }
    }
    package var modele: SocioEconomicModel? {
        get { box.fields.modele }
        set { unique().fields.modele = newValue }
    }
    package var perspectives: [String]? {
        get { box.fields.perspectives }
        set { unique().fields.perspectives = newValue }
    }
    package var redaction: [SectionID: SectionState] {
        get { box.fields.redaction }
        set { unique().fields.redaction = newValue }
    }
    /// The body, split into the lead and the six sections' prose.
    package var body: SectionedBody {
        get { box.fields.body }
        set { unique().fields.body = newValue }
    }
    /// The name folded for French alphabetical order (accents and case ignored), computed once.
    package var sortKey: String {
        get { box.fields.sortKey }
        set { unique().fields.sortKey = newValue }
    }
    /// Two monographs sharing their fields are equal at once: comparing the monographs of two builds costs
    /// one comparison of pointers for every file that was not read again.
    public static func == (a: Monograph, b: Monograph) -> Bool {
        a.box === b.box || a.box.fields == b.box.fields
    }

    /// Whether the body places computed views, so that its page shows figures of every other monograph.
    package var placesViews: Bool { !body.views.isEmpty }

    /// Whether each section has something to show (FORMAT §6).
    package func isWritten(_ section: SectionID) -> Bool {
        body.hasProse(section) || section.definition.hasData(self)
    }

    /// The editorial state of a section: à rédiger when it has nothing to show, else what `redaction`
    /// says of it, complète by default.
    package func state(_ section: SectionID) -> SectionState {
        guard isWritten(section) else { return .aRediger }
        return redaction[section] == .partielle ? .partielle : .complete
    }

    /// The state of every section, in page order.
    package var states: [SectionState] { SectionID.allCases.map(state) }
}
