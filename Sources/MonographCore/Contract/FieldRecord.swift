/// The value of a declared key as the model holds it, for the writers that publish the model.
package enum FieldValue {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// A list of texts or of ids.
    case texts([String])
    /// A dictionary of the field's group.
    case record(any FieldRecord)
    /// A list of dictionaries of the field's group.
    case records([any FieldRecord])
    /// Every section's editorial state, in page order.
    case sectionStates([SectionState])

    /// Whether the value gives something: an empty list gives nothing.
    var isGiven: Bool {
        switch self {
        case .texts(let texts): !texts.isEmpty
        case .records(let records): !records.isEmpty
        default: true
        }
    }
}

/// A model value that holds the keys of one declared group (`FrontMatter`). Each field of the group
/// carries the accessor that reads it from the model (`Field.read`): what the model publishes, and
/// whether it is empty, follow from the declaration.
package protocol FieldRecord: Sendable {
    /// The declared keys this model holds.
    static var declaration: FieldGroup { get }
}

extension FieldRecord {
    /// The value under one of the group's keys; nil when the key was not given.
    package func value(of key: String) -> FieldValue? {
        Self.declaration.field(key).value(self)
    }

    /// Whether none of the group's keys is given (an empty list is not given).
    package var isEmpty: Bool {
        !Self.declaration.fields.contains { $0.value(self)?.isGiven ?? false }
    }
}

extension Monograph: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.monograph }
}

/// Section 2, which the model keeps as the monograph's `natures`.
package struct Dynamics: FieldRecord {
    package let natures: [String]

    package static var declaration: FieldGroup { FrontMatter.dynamique }
}

extension Identity: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.identite }
}

extension Cycle: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.cycle }
}

extension Innovation: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.innovation }
}

extension Practice: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.practice }
}

extension Action: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.action }
}

extension SocioEconomicModel: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.model }
}

extension HumanResource: FieldRecord {
    package static var declaration: FieldGroup { FrontMatter.humanResource }
}
