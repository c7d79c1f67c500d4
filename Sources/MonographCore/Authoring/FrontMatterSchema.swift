/// The JSON Schema (draft 2020-12) of a monograph's front matter, generated from its declaration
/// (`FrontMatter`) and the referentiel: ids as enums, French descriptions and examples on every key,
/// no extra keys allowed.
package enum FrontMatterSchema {
    package static func json(referentiel: Referentiel) -> String {
        value(referentiel: referentiel).serialized()
    }

    package static func value(referentiel r: Referentiel) -> JSONValue {
        let root = FrontMatter.monograph
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("reseau.schema.json")),
            ("title", .string("Monographie d’une tête de réseau")),
            ("description", .string("Métadonnées (front matter YAML) d’un fichier Content/reseaux/<slug>.md.")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .strings(root.requiredKeys)),
            ("properties", properties(of: root, r)),
        ])
    }

    private static func properties(of group: FieldGroup, _ r: Referentiel) -> JSONValue {
        .object(
            group.fields.map { field in
                let schema = self.schema(field.type, field.description, field.example, r)
                return (field.key, field.isRequired ? schema : nullable(schema))
            })
    }

    private static func schema(_ type: FieldType, _ description: String, _ example: Example?, _ r: Referentiel) -> JSONValue {
        // Editors show the descriptions to writers: set the French way, as the site's texts are.
        let description = FrenchTypography.text(description)
        let examples = JSONValue.array(example?.resolved(in: r).map { [$0] } ?? [])
        switch type {
        case .text:
            // Numbers and booleans are read as text too, as `check` does.
            return .object([
                ("type", .strings(["string", "number", "boolean"])), ("description", .string(description)),
                ("examples", examples),
            ])
        case .integer(let bounds):
            var pairs: [(String, JSONValue)] = [
                ("type", .string("integer")), ("description", .string(description)),
                ("minimum", .int(bounds.range.lowerBound)),
            ]
            if bounds.publishesMaximum { pairs.append(("maximum", .int(bounds.range.upperBound))) }
            return .object(pairs + [("examples", examples)])
        case .boolean:
            return .object([("type", .string("boolean")), ("description", .string(description)), ("examples", examples)])
        case .date:
            return .object([
                ("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("description", .string(description)), ("examples", examples),
            ])
        case .id(let list):
            return .object([
                ("type", .string("string")), ("description", .string(description)),
                ("enum", .strings(r[keyPath: list.keyPath].map(\.id))), ("examples", examples),
            ])
        case .group(let group):
            var pairs: [(String, JSONValue)] = [
                ("type", .string("object")), ("description", .string(description)),
                ("additionalProperties", .bool(false)),
            ]
            if !group.requiredKeys.isEmpty { pairs.append(("required", .strings(group.requiredKeys))) }
            return .object(pairs + [("properties", properties(of: group, r)), ("examples", examples)])
        case .textOr(let element):
            return .object([
                ("description", .string(description)),
                ("anyOf", .array([.object([("type", .string("string"))]), self.element(element, r)])),
                ("examples", examples),
            ])
        case .list(let element, let distinct):
            var pairs: [(String, JSONValue)] = [
                ("type", .string("array")), ("description", .string(description)),
                ("items", self.element(element, r)),
            ]
            if distinct { pairs.append(("uniqueItems", .bool(true))) }
            return .object(pairs + [("examples", examples)])
        case .sectionStates:
            let sections = SectionID.allCases.map { section in
                (
                    section.rawValue,
                    nullable(
                        .object([
                            // The section's heading, for tools that write or read monographs.
                            ("title", .string(section.definition.heading)),
                            ("description", .string(FrenchTypography.text(FieldType.stateDescription(of: section)))),
                            ("enum", .strings(FieldType.markableStates)),
                            ("examples", .strings([SectionState.partielle.rawValue])),
                        ]))
                )
            }
            return .object([
                ("type", .string("object")), ("description", .string(description)), ("additionalProperties", .bool(false)),
                ("properties", .object(sections)), ("examples", examples),
            ])
        }
    }

    /// An optional key also accepts an empty value (`cle:`), which `check` ignores.
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
    }

    /// The schema of a list's element; a text in a list must be a string.
    private static func element(_ element: Element, _ r: Referentiel) -> JSONValue {
        if case .text = element.type { return .object([("type", .string("string"))]) }
        return schema(element.type, element.description, element.example, r)
    }
}
