import Foundation

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Monographs written from the declaration of the front matter (`FrontMatter`), so that the tests that
/// use them cover a key as soon as it is declared.
enum DeclaredFields {
    /// Every declared key at every level, from the monograph down.
    static let paths: [FieldPath] = walk(FrontMatter.monograph, from: [])

    private static func walk(_ group: FieldGroup, from parents: [Field]) -> [FieldPath] {
        group.fields.flatMap { field in
            [FieldPath(fields: parents + [field])] + (field.type.nestedGroup.map { walk($0, from: parents + [field]) } ?? [])
        }
    }

    /// The dictionaries in which a key may be written, each with the path of the key holding it
    /// (empty for the monograph itself), and the section-state maps.
    static let dictionaries: [FieldPath] =
        [FieldPath(fields: [])]
        + paths.filter { path in
            if case .sectionStates = path.field.type { return true }
            return path.field.type.nestedGroup != nil
        }

    // MARK: Values

    /// The value of a key of `type`: variant 0 is the declared example, variant 1 differs from it
    /// in every part (another text, number, id, more elements).
    static func value(_ type: FieldType, example: Example, variant: Int, _ r: Referentiel) -> JSONValue {
        let declared = example.resolved(in: r) ?? .null
        guard variant > 0 else { return declared }
        switch type {
        case .text:
            guard case .string(let text) = declared else { return declared }
            return .string(text + " (modifié)")
        case .integer(let bounds):
            guard case .int(let number) = declared else { return declared }
            return .int(bounds.range.contains(number + 1) ? number + 1 : number - 1)
        case .boolean:
            guard case .bool(let flag) = declared else { return declared }
            return .bool(!flag)
        case .date:
            return .string("2026-04-01")
        case .id(let list):
            return .string(r[keyPath: list.keyPath].last?.id ?? "")
        case .list(let element, _):
            switch element.type {
            case .id(let list): return .strings(r[keyPath: list.keyPath].suffix(1).map(\.id))
            case .text:
                guard case .array(let items) = declared else { return declared }
                return .array(items + [.string("Un élément de plus.")])
            default: return .array(elements(element, variant: variant, r))
            }
        case .group(let group):
            return .object(full(group, variant: variant, r))
        case .textOr(let element):
            return value(element.type, example: element.example ?? example, variant: variant, r)
        case .sectionStates:
            return .object(FieldType.sectionKeys.map { ($0, .string(SectionState.partielle.rawValue)) })
        }
    }

    /// Elements of a list that show every key of their dictionary (and a text alone, when allowed).
    private static func elements(_ element: Element, variant: Int, _ r: Referentiel) -> [JSONValue] {
        switch element.type {
        case .group(let group): return [.object(full(group, variant: variant, r))]
        case .textOr(let inner):
            let text = element.example.map { value(.text, example: $0, variant: variant, r) } ?? .string("Un texte.")
            return [text] + elements(inner, variant: variant, r)
        default: return element.example.map { [value(element.type, example: $0, variant: variant, r)] } ?? []
        }
    }

    /// Every key of `group`, its dictionaries and the elements of its lists of dictionaries with every key of theirs.
    static func full(_ group: FieldGroup, variant: Int, _ r: Referentiel) -> [(String, JSONValue)] {
        group.fields.map { field in
            switch field.type {
            case .group(let inner): (field.key, .object(full(inner, variant: variant, r)))
            case .list(let element, _) where element.type.nestedGroup != nil: (field.key, .array(elements(element, variant: variant, r)))
            default: (field.key, value(field.type, example: field.example, variant: variant, r))
            }
        }
    }

    /// The required keys of `group`, with their examples.
    static func requiredOnly(_ group: FieldGroup, _ r: Referentiel) -> [(String, JSONValue)] {
        group.fields.filter(\.isRequired).map { ($0.key, value($0.type, example: $0.example, variant: 0, r)) }
    }

    // MARK: Text

    /// A monograph file whose front matter holds `pairs`, one key a line, values in YAML's flow style.
    static func monograph(_ pairs: [(String, JSONValue)], body: String = "") -> String {
        "---\n" + pairs.map { "\($0.0): \(flow($0.1))\n" }.joined() + "---\n" + body
    }

    static func flow(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .string(let text): Skeleton.quoted(text)
        case .array(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .object(let pairs): "{" + pairs.map { "\($0.0): \(flow($0.1))" }.joined(separator: ", ") + "}"
        }
    }
}

/// A declared key and the keys that hold it: `cycles[].innovations[].phase`.
struct FieldPath: Sendable, CustomStringConvertible {
    /// From the monograph's key down; empty for the monograph itself.
    let fields: [Field]

    var field: Field { fields[fields.count - 1] }

    var description: String {
        guard let first = fields.first else { return "(monographie)" }
        return zip(fields.dropFirst(), fields).reduce(first.key) { name, pair in
            if case .list = pair.1.type { return name + "[]." + pair.0.key }
            return name + "." + pair.0.key
        }
    }

    /// A valid front matter with the key at the end of the path set to `value` (absent when nil):
    /// the required keys at every level and, around a section-state map, every other key (a section
    /// can be marked only when it has something to show).
    func frontMatter(setting value: JSONValue?, _ r: Referentiel) -> [(String, JSONValue)] {
        frontMatter(r) { pairs, key in
            if let value { pairs.append((key, value)) }
        }
    }

    /// A valid front matter with `extra` added to the dictionary at the end of the path.
    func frontMatter(adding extra: (String, JSONValue), _ r: Referentiel) -> [(String, JSONValue)] {
        guard !fields.isEmpty else { return DeclaredFields.requiredOnly(FrontMatter.monograph, r) + [extra] }
        return frontMatter(setting: dictionary(with: extra, r), r)
    }

    /// A valid front matter without the required key at the end of the path.
    func frontMatterWithoutRequiredKey(_ r: Referentiel) -> [(String, JSONValue)] {
        frontMatter(r) { _, _ in }
    }

    private func dictionary(with extra: (String, JSONValue), _ r: Referentiel) -> JSONValue {
        if case .sectionStates = field.type { return .object([extra]) }
        let inner = JSONValue.object(DeclaredFields.requiredOnly(field.type.nestedGroup!, r) + [extra])
        if case .list = field.type { return .array([inner]) }
        return inner
    }

    private func frontMatter(_ r: Referentiel, last: (inout [(String, JSONValue)], String) -> Void) -> [(String, JSONValue)] {
        func pairs(_ group: FieldGroup, depth: Int) -> [(String, JSONValue)] {
            let field = fields[depth]
            var base = DeclaredFields.requiredOnly(group, r)
            if depth == 0, case .sectionStates = field.type { base = DeclaredFields.full(group, variant: 0, r) }
            var result = base.filter { $0.0 != field.key }
            if depth == fields.count - 1 {
                last(&result, field.key)
            } else {
                let inner = JSONValue.object(pairs(field.type.nestedGroup!, depth: depth + 1))
                if case .list = field.type { result.append((field.key, .array([inner]))) } else { result.append((field.key, inner)) }
            }
            return result
        }
        return pairs(FrontMatter.monograph, depth: 0)
    }
}
