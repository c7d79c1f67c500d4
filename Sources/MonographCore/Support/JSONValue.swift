import Foundation

/// A JSON value whose objects keep their keys in the order given, serialised deterministically.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    package static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Pretty-printed with two-space indentation and a final newline.
    package func serialized() -> String {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The value written as an element of a top-level array (indented one level, no newline after).
    package func arrayElement() -> String {
        var out: [UInt8] = [0x20, 0x20]
        write(to: &out, indent: 1)
        return String(decoding: out, as: UTF8.self)
    }

    /// A top-level array from elements made by `arrayElement()`, exactly as `serialized()` writes it.
    package static func serializedArray(elements: [String]) -> String {
        elements.isEmpty ? "[]\n" : "[\n" + elements.joined(separator: ",\n") + "\n]\n"
    }

    // Written as UTF-8 bytes: appending to an array costs much less than appending to a string, and
    // `synthese.json` over thousands of networks is tens of thousands of appends.

    private static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func pad(_ level: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: 2 * level))
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let b): b ? Self.append("true", to: &out) : Self.append("false", to: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty {
                Self.append("[]", to: &out)
                return
            }
            if items.allSatisfy(\.isScalar) {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { Self.append(", ", to: &out) }
                    item.write(to: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            Self.append("[\n", to: &out)
            for (i, item) in items.enumerated() {
                Self.pad(indent + 1, to: &out)
                item.write(to: &out, indent: indent + 1)
                i + 1 < items.count ? Self.append(",\n", to: &out) : out.append(0x0A)
            }
            Self.pad(indent, to: &out)
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty {
                Self.append("{}", to: &out)
                return
            }
            Self.append("{\n", to: &out)
            for (i, (key, value)) in pairs.enumerated() {
                Self.pad(indent + 1, to: &out)
                Self.writeString(key, to: &out)
                Self.append(": ", to: &out)
                value.write(to: &out, indent: indent + 1)
                i + 1 < pairs.count ? Self.append(",\n", to: &out) : out.append(0x0A)
            }
            Self.pad(indent, to: &out)
            out.append(0x7D)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// A JSON string: `"`, `\`, control characters and U+2028/U+2029 (E2 80 A8/A9, which break
    /// JavaScript string literals) are escaped; runs of other bytes are copied whole.
    private static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
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
                    if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        replacement = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                default:
                    break
                }
                if let replacement {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    out.append(contentsOf: replacement.utf8)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }
}
