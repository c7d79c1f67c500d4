import Foundation

/// One network's monograph, as parsed from `reseaux/<slug>.md`.
///
/// A value, whose fields are kept in one shared storage until a copy changes (copy on write): a
/// monograph is copied into the site, the synthesis, the views and the caches of `serve`, and each copy
/// then costs one reference count instead of one for every string and list it holds. Its fields are
/// read and written as the monograph's own (`m.nom`), through `subscript(dynamicMember:)`.
@dynamicMemberLookup
public struct Monograph: Sendable, Equatable {
    /// The fields of a monograph (public in name only: its fields are the package's).
    public struct Fields: Equatable, Sendable {
        package var slug: String
        package var path: String
        package var nom: String
        package var numero: Int? = nil
        package var numeroLocation: SourceLocation? = nil
        package var titre: String
        package var domaine: String
        package var missions: String? = nil
        /// `mise_a_jour` as written, `AAAA-MM-JJ`.
        package var miseAJour: String? = nil
        /// The date of the last commit that changed the file, when the content folder is in git.
        package var lastCommitDate: String? = nil
        package var identite: Identity? = nil
        package var natures: [String]? = nil
        package var cycles: [Cycle]? = nil
        package var pratiques: [Practice]? = nil
        package var modele: SocioEconomicModel? = nil
        package var perspectives: [String]? = nil
        /// Sections marked under `redaction`: `partielle` or `complete` (only written sections may be marked).
        package var redaction: [SectionID: SectionState] = [:]
        /// The body, split into the lead and the six sections' prose.
        package var body: SectionedBody
        /// The name folded for French alphabetical order (accents and case ignored), computed once.
        package var sortKey: String = ""
    }

    // The storage and its accessor are visible to the other stages' optimizer (`@usableFromInline`,
    // `@inlinable`): each field read is then a load, as within one module, rather than a key path
    // walked at run time.
    @usableFromInline final class Box: @unchecked Sendable {
        @usableFromInline var fields: Fields

        @usableFromInline init(_ fields: Fields) {
            self.fields = fields
        }
    }

    @usableFromInline var box: Box

    package init(_ fields: Fields) {
        box = Box(fields)
    }

    /// The fields, copied first if another monograph shares them.
    @usableFromInline mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    /// Each field (`m.nom`, `m.pratiques`…), read from the shared storage, and written into a copy of it
    /// when another monograph shares it: one accessor for every field of `Fields`.
    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set { unique().fields[keyPath: field] = newValue }
    }

    /// The date of the last change (FORMAT §9): `mise_a_jour` when written, else the last commit's.
    package var lastModified: String? { self.miseAJour ?? self.lastCommitDate }

    /// Two monographs sharing their fields are equal at once: comparing the monographs of two builds costs
    /// one comparison of pointers for every file that was not read again.
    public static func == (a: Monograph, b: Monograph) -> Bool {
        a.box === b.box || a.box.fields == b.box.fields
    }

    /// Whether the body places computed views, so that its page shows figures of every other monograph.
    package var placesViews: Bool { !self.body.views.isEmpty }

    /// Whether each section has something to show (FORMAT §6).
    package func isWritten(_ section: SectionID) -> Bool {
        self.body.hasProse(section) || section.definition.hasData(self)
    }

    /// The editorial state of a section: à rédiger when it has nothing to show, else what `redaction`
    /// says of it, complète by default.
    package func state(_ section: SectionID) -> SectionState {
        guard isWritten(section) else { return .aRediger }
        return self.redaction[section] == .partielle ? .partielle : .complete
    }

    /// The state of every section, in page order.
    package var states: [SectionState] { SectionID.allCases.map(state) }
}
