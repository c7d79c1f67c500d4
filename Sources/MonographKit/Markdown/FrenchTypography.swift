/// French typography for running text: a narrow no-break space (U+202F) before `; : ! ?` and `»`,
/// and after `«`.
///
/// Applied to text only, never to code or URLs: Markdown rendering calls it on text nodes. A space
/// before the mark becomes a narrow no-break space; `! ? ;` glued to a word get one too, but `:` only
/// when a space was typed, so that times (10:30) and URL-like text stay as written.
public enum FrenchTypography {
    static let narrowSpace: Unicode.Scalar = "\u{202F}"

    static func needsSpaceBefore(_ c: Unicode.Scalar) -> Bool {
        c == ";" || c == ":" || c == "!" || c == "?" || c == "»"
    }

    /// Returns `text` with French spacing applied.
    public static func apply(_ text: String) -> String {
        // Most text has none of the marks: a byte scan avoids rebuilding it. « and » are C2 AB and C2 BB.
        guard text.utf8.contains(where: { $0 == 0x3B || $0 == 0x3A || $0 == 0x21 || $0 == 0x3F || $0 == 0xAB || $0 == 0xBB }) else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case ";", ":", "!", "?", "»":
                if let last = out.last {
                    if last == " " || last == "\u{A0}" {
                        out.removeLast()
                        out.append(narrowSpace)
                    } else if last != narrowSpace && (c == "»" || (c != ":" && isWordEnd(last) && isBoundary(scalars, i + 1))) {
                        out.append(narrowSpace)
                    }
                }
                out.append(c)
            case "«":
                out.append(c)
                if i + 1 < scalars.count {
                    let next = scalars[i + 1]
                    if next == " " || next == "\u{A0}" {
                        out.append(narrowSpace)
                        i += 1
                    } else if next != narrowSpace {
                        out.append(narrowSpace)
                    }
                }
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out)
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
        let compact = String(url.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 })
            .lowercased()
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:")
            || (compact.hasPrefix("data:") && !compact.hasPrefix("data:image/"))
    }
}
