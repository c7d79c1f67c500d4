/// The values a declared key can take.
package indirect enum FieldType: Sendable {
    /// A text, inline Markdown; numbers and booleans are read as written.
    case text
    case integer(IntegerBounds)
    /// `true` or `false`.
    case boolean
    /// A calendar date written `AAAA-MM-JJ`.
    case date
    /// An id of one list of the referentiel.
    case id(ReferentielList)
    /// A dictionary of declared keys.
    case group(FieldGroup)
    /// A text alone or the element it stands for: an action is a text, or `{texte, phases}`.
    case textOr(Element)
    /// A list; `distinct` when an element may appear only once.
    case list(Element, distinct: Bool = false)
    /// Section id → editorial state, for the sections a writer marks (`redaction`).
    case sectionStates

    /// The keys of a section-state map: the sections' ids, in page order.
    package static let sectionKeys = SectionID.allCases.map(\.rawValue)
    /// The states a writer may mark a section with (« à rédiger » follows from the content alone).
    static let markableStates = [SectionState.partielle, .complete].map(\.rawValue)

    /// What the key of one section says, in a section-state map.
    static func stateDescription(of section: SectionID) -> String {
        "État de la section « \(section.heading) »"
    }

    /// The example of an id that declares none: the first id of its list.
    var defaultExample: Example? {
        if case .id(let list) = self { return .firstID(list) }
        return nil
    }

    /// The group of a dictionary, of a list of dictionaries, or of what a text may stand for.
    package var nestedGroup: FieldGroup? {
        switch self {
        case .group(let group): group
        case .textOr(let element), .list(let element, _): element.type.nestedGroup
        default: nil
        }
    }
}

/// The whole numbers an integer key accepts.
package struct IntegerBounds: Sendable {
    package let range: ClosedRange<Int>
    /// Whether the maximum is part of the contract (the schema states it) or only a guard the
    /// reader keeps against typing slips (an extra zero in a staff count).
    package let publishesMaximum: Bool

    /// A year, as `creation` and `debut` hold one.
    package static let year = IntegerBounds(range: 1000...9999, publishesMaximum: true)

    static func between(_ minimum: Int, _ maximum: Int) -> IntegerBounds {
        IntegerBounds(range: minimum...maximum, publishesMaximum: true)
    }

    /// At least `minimum`; `maximum` only guards against slips.
    static func atLeast(_ minimum: Int, guardedBy maximum: Int) -> IntegerBounds {
        IntegerBounds(range: minimum...maximum, publishesMaximum: false)
    }
}

/// A list of the referentiel (FORMAT §3) whose ids a key takes.
package enum ReferentielList: Sendable, CaseIterable {
    case fonctions, natures, phases, echelons, types

    package var keyPath: KeyPath<Referentiel, [ReferenceItem]> {
        switch self {
        case .fonctions: \.fonctions
        case .natures: \.natures
        case .phases: \.phases
        case .echelons: \.echelons
        case .types: \.types
        }
    }

    /// What an id of the list names, in messages: « fonction inconnue ».
    package var kind: IdKind {
        switch self {
        case .fonctions: .fonction
        case .natures: .nature
        case .phases: .phase
        case .echelons: .echelon
        case .types: .type
        }
    }
}
