import Foundation

/// A JSON value whose objects keep their keys in the order given, serialised deterministically.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Pretty-printed with two-space indentation and a final newline.
    func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// The value written as an element of a top-level array (indented one level, no newline after).
    func arrayElement() -> String {
        var out = "  "
        write(to: &out, indent: 1)
        return out
    }

    /// A top-level array from elements made by `arrayElement()`, exactly as `serialized()` writes it.
    static func serializedArray(elements: [String]) -> String {
        elements.isEmpty ? "[]\n" : "[\n" + elements.joined(separator: ",\n") + "\n]\n"
    }

    /// Indentation strings, made once.
    private static let pads = (0..<64).map { String(repeating: "  ", count: $0) }

    private static func pad(_ level: Int) -> String {
        level < pads.count ? pads[level] : String(repeating: "  ", count: level)
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            let pad = Self.pad(indent + 1)
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += Self.pad(indent)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let pad = Self.pad(indent + 1)
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += pad
                Self.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += Self.pad(indent)
            out += "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        // Runs of bytes that need no escaping are appended whole; only `"`, `\`, control characters and
        // U+2028/U+2029 (E2 80 A8/A9, which break JavaScript string literals) are rewritten.
        let bytes = s.utf8
        var runStart = bytes.startIndex
        var i = bytes.startIndex
        func flush(upTo end: String.Index) {
            if runStart < end { out += s[runStart..<end] }
        }
        while i < bytes.endIndex {
            let b = bytes[i]
            var replacement: String?
            var width = 1
            switch b {
            case 0x22: replacement = "\\\""
            case 0x5C: replacement = "\\\\"
            case 0x0A: replacement = "\\n"
            case 0x0D: replacement = "\\r"
            case 0x09: replacement = "\\t"
            case 0x00..<0x20:
                let hex = String(b, radix: 16)
                replacement = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                let next = bytes.index(after: i)
                if next < bytes.endIndex, bytes[next] == 0x80 {
                    let third = bytes.index(after: next)
                    if third < bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                        replacement = bytes[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default:
                break
            }
            if let replacement {
                flush(upTo: i)
                out += replacement
                i = bytes.index(i, offsetBy: width)
                runStart = i
            } else {
                i = bytes.index(after: i)
            }
        }
        flush(upTo: bytes.endIndex)
        out += "\""
    }
}
