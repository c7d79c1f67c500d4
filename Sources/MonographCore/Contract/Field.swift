/// One key of a monograph's front matter (FORMAT §4), declared once in `FrontMatter`: the reader, the
/// JSON Schema, the skeleton of `monograph new` and the open-data writers all derive from it.
package struct Field: Sendable {
    /// The key as written in YAML.
    package let key: String
    package let type: FieldType
    /// Whether the key must be given, and given a value.
    package let isRequired: Bool
    /// What the key holds, in French, as the JSON Schema says it.
    package let description: String
    /// A valid value, shown by the JSON Schema and used by the tests that fill every field.
    let example: Example
    /// How `monograph new` presents the key to the writer.
    let prompt: Prompt
    /// The key's value as the model of the field's group holds it, nil when it is not given: the
    /// accessor the declaration carries (`read`), from which the open data and `isEmpty` are derived.
    package private(set) var value: @Sendable (Any) -> FieldValue? = { _ in nil }

    /// A field; an id's example, when none is given, is the first id of its list.
    package init(
        _ key: String, _ type: FieldType, required: Bool = false, _ description: String, example: Example? = nil,
        prompt: Prompt = Prompt()
    ) {
        self.key = key
        self.type = type
        isRequired = required
        self.description = description
        guard let example = example ?? type.defaultExample else { preconditionFailure("« \(key) » declares no example") }
        self.example = example
        self.prompt = prompt
    }

    /// The field bound to the model that holds it: `read` gives its value from a `Model`. A group takes
    /// only fields bound to its model (`FieldGroup.init`), so that the compiler requires every declared
    /// key to say where the model holds it.
    package func read<Model: FieldRecord>(_ read: @escaping @Sendable (Model) -> FieldValue?) -> Bound<Model> {
        var bound = self
        bound.value = { ($0 as? Model).flatMap(read) }
        return Bound(field: bound)
    }

    /// A field bound to the model of its group.
    package struct Bound<Model: FieldRecord>: Sendable {
        let field: Field
    }
}

/// A dictionary of declared keys: the monograph itself, `identite`, a cycle, an action…
package final class FieldGroup: Sendable {
    /// How messages name the dictionary: « la monographie », « « identite » », « un cycle ».
    package let place: String
    package let fields: [Field]
    /// The keys, in declaration order: the order of the schema, of the skeleton, of the open data,
    /// and of the candidates for a misspelt key.
    package let keys: [String]
    let requiredKeys: [String]
    /// The types, in the order of `keys`, for the reader to find one without copying its field.
    private let types: [FieldType]
    /// The column at which the notes of a commented example line up in the skeleton
    /// (counted from the start of the group's keys).
    let sampleNotesColumn: Int

    /// The group of the keys that `Model` holds, each field bound to it (`Field.read`).
    package init<Model: FieldRecord>(_ place: String, of model: Model.Type, sampleNotesColumn: Int = 0, _ bound: [Field.Bound<Model>]) {
        let fields = bound.map(\.field)
        self.place = place
        self.fields = fields
        self.sampleNotesColumn = sampleNotesColumn
        keys = fields.map(\.key)
        requiredKeys = fields.filter(\.isRequired).map(\.key)
        types = fields.map(\.type)
    }

    /// The declared field `key`; a key that is not declared is a mistake in the code, not in the content.
    package func field(_ key: String) -> Field {
        fields[index(of: key)]
    }

    package func type(of key: String) -> FieldType {
        types[index(of: key)]
    }

    private func index(of key: String) -> Int {
        guard let index = keys.firstIndex(of: key) else { preconditionFailure("« \(key) » is not declared in \(place)") }
        return index
    }
}

/// The element of a list: its type and, unless it is a bare text, how the JSON Schema describes one.
package struct Element: Sendable {
    package let type: FieldType
    package let description: String
    /// Nil for a bare text, which the schema does not describe.
    let example: Example?
    /// How a commented example of the skeleton writes an element given as a text alone.
    package let sample: String?

    init(_ type: FieldType, _ description: String, example: Example? = nil, sample: String? = nil) {
        self.type = type
        self.description = description
        self.example = example ?? type.defaultExample
        self.sample = sample
    }

    /// A text, as the elements of `perspectives` are: the list describes them.
    package static let text = Element(.text, "")
}
