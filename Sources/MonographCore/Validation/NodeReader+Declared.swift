import Foundation
import Yams

/// Reading the keys declared in `FrontMatter`: which keys a dictionary allows, which it requires and
/// the bounds of its integers come from the declaration; the reader only says where each value goes.
extension NodeReader {
    /// Reads a dictionary of `group`'s keys, reporting unknown keys (with the closest declared one)
    /// and missing required ones.
    package mutating func fields(_ node: Node, _ group: FieldGroup) -> Fields? {
        guard var fields = fields(node, allowed: group.keys, required: group.requiredKeys, what: group.place) else { return nil }
        fields.group = group
        return fields
    }

    package mutating func text(_ f: Fields, _ key: String) -> String? {
        guard case .text = f.declaredType(key) else { preconditionFailure("« \(key) » is not a text") }
        return string(f[key], key: key)
    }

    package mutating func integer(_ f: Fields, _ key: String) -> Int? {
        guard case .integer(let bounds) = f.declaredType(key), let field = f.group?.field(key) else {
            preconditionFailure("« \(key) » is not an integer")
        }
        var example: Int?
        if case .integer(let value) = field.example { example = value }
        // A choice among a few values (`intensite`) is explained by its description rather than an example.
        var meaning: String?
        if bounds.range.count <= 3 {
            meaning = field.description.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        return int(f[key], key: key, range: bounds.range, example: example, meaning: meaning)
    }

    /// A date written `AAAA-MM-JJ`, checked against the calendar.
    package mutating func date(_ f: Fields, _ key: String) -> String? {
        guard case .date = f.declaredType(key) else { preconditionFailure("« \(key) » is not a date") }
        guard let text = string(f[key], key: key) else { return nil }
        guard ContentReader.isDate(text) else {
            if let node = f[key] { error("date « \(text) » invalide : « \(key) » s’écrit AAAA-MM-JJ, par exemple « 2026-03-05 »", at: node) }
            return nil
        }
        return text
    }

    package mutating func boolean(_ f: Fields, _ key: String) -> Bool? {
        guard case .boolean = f.declaredType(key) else { preconditionFailure("« \(key) » is not a boolean") }
        return bool(f[key], key: key)
    }

    package mutating func texts(_ f: Fields, _ key: String) -> [String]? {
        guard case .list(let element, _) = f.declaredType(key), case .text = element.type else {
            preconditionFailure("« \(key) » is not a list of texts")
        }
        return strings(f[key], key: key)
    }
}

extension Fields {
    /// The declared type of `key` in the group these fields were read with.
    func declaredType(_ key: String) -> FieldType {
        guard let group else { preconditionFailure("fields read without a declaration") }
        return group.type(of: key)
    }
}
