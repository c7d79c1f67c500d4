/// French typography for running text: a narrow no-break space (U+202F) before `; : ! ?` and `»`,
/// and after `«`.
///
/// Applied to text only, never to code or URLs: Markdown rendering calls it on text nodes. A space
/// before the mark becomes a narrow no-break space; `! ? ;` glued to a word get one too, but `:` only
/// when a space was typed, so that times (10:30) and URL-like text stay as written.
package enum FrenchTypography {
    static let narrowSpace: Unicode.Scalar = "\u{202F}"

    static func needsSpaceBefore(_ c: Unicode.Scalar) -> Bool {
        c == ";" || c == ":" || c == "!" || c == "?" || c == "»"
    }

    /// True when `bytes` (UTF-8) hold one of the marks that may need a space: `; : ! ?`, « or ».
    static func hasMarks<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        bytes.contains { $0 == 0x3B || $0 == 0x3A || $0 == 0x21 || $0 == 0x3F || $0 == 0xAB || $0 == 0xBB }
    }

    /// Returns `text` with French spacing applied.
    package static func apply(_ text: String) -> String {
        // Most text has none of the marks: a byte scan avoids rebuilding it. « and » are C2 AB and C2 BB.
        guard hasMarks(text.utf8) else { return text }
        return String(decoding: apply(utf8: Array(text.utf8)), as: UTF8.self)
    }

    /// Plain text (not HTML) set the French way: the spacing of `apply`, and a straight apostrophe
    /// between two letters made curly. For the texts the generator publishes outside its pages: the
    /// descriptions of the JSON Schema and of the open data.
    package static func text(_ text: String) -> String {
        let spaced = apply(text)
        guard spaced.unicodeScalars.contains("'") else { return spaced }
        var out = String.UnicodeScalarView()
        let scalars = Array(spaced.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let between =
                scalar == "'" && index > 0 && index + 1 < scalars.count && scalars[index - 1].properties.isAlphabetic
                && scalars[index + 1].properties.isAlphabetic
            out.append(between ? "\u{2019}" : scalar)
        }
        return String(out)
    }

    private static let narrow: [UInt8] = [0xE2, 0x80, 0xAF]

    /// The same rules on UTF-8 bytes; only the marks and the scalars around them are looked at.
    package static func apply(utf8 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        /// The scalar that ends `out`, if any.
        func lastScalar() -> Unicode.Scalar? {
            guard var start = out.indices.last else { return nil }
            while start > 0 && out[start] & 0xC0 == 0x80 { start -= 1 }
            return String(decoding: out[start...], as: UTF8.self).unicodeScalars.first
        }
        func endsWithSpace() -> Int {
            if out.last == 0x20 { return 1 }
            if out.count >= 2 && out[out.count - 2] == 0xC2 && out[out.count - 1] == 0xA0 { return 2 }
            return 0
        }
        func endsWithNarrow() -> Bool { out.count >= 3 && out[(out.count - 3)...].elementsEqual(narrow) }
        /// True when byte `i` starts the end of the text, a space or closing punctuation.
        func isBoundary(_ i: Int) -> Bool {
            guard i < bytes.count else { return true }
            switch bytes[i] {
            case 0x20, 0x0A, 0x29, 0x21, 0x3F, 0x22: return true
            case 0xC2: return i + 1 < bytes.count && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xBB)
            default: return false
            }
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let isClosing = b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F
            let isGuillemet = b == 0xC2 && i + 1 < bytes.count && (bytes[i + 1] == 0xBB || bytes[i + 1] == 0xAB)
            if isClosing || (isGuillemet && bytes[i + 1] == 0xBB) {
                let width = isClosing ? 1 : 2
                if !out.isEmpty {
                    let space = endsWithSpace()
                    if space > 0 {
                        out.removeLast(space)
                        out.append(contentsOf: narrow)
                    } else if !endsWithNarrow(), let last = lastScalar(),
                        !isClosing || (b != 0x3A && isWordEnd(last) && isBoundary(i + width))
                    {
                        out.append(contentsOf: narrow)
                    }
                }
                out.append(contentsOf: bytes[i..<(i + width)])
                i += width
            } else if isGuillemet {
                out.append(0xC2)
                out.append(0xAB)
                i += 2
                if i < bytes.count {
                    if bytes[i] == 0x20 {
                        out.append(contentsOf: narrow)
                        i += 1
                    } else if bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
                        out.append(contentsOf: narrow)
                        i += 2
                    } else if !(i + 2 < bytes.count && bytes[i..<(i + 3)].elementsEqual(narrow)) {
                        out.append(contentsOf: narrow)
                    }
                }
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    private static func isWordEnd(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c) || c == ")" || c == "»" || c == "’" || c == "\""
    }

    /// True when position `i` is the end of the text or a space or closing punctuation: the mark ends a clause.
    private static func isBoundary(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < scalars.count else { return true }
        let c = scalars[i]
        return c == " " || c == "\n" || c == "\u{A0}" || c == ")" || c == "!" || c == "?" || c == "»" || c == "\""
    }
}

/// Link schemes that run code when followed, neutralised in every rendered link.
enum URLSafety {
    static func isDangerous(_ url: String) -> Bool {
        // Most links are web addresses or relative paths: no need to normalise them.
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("#")
            || url.hasPrefix("../") || url.hasPrefix("./") || url.isEmpty
        {
            return false
        }
        let compact = String(url.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 })
            .lowercased()
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:")
            || (compact.hasPrefix("data:") && !compact.hasPrefix("data:image/"))
    }
}
