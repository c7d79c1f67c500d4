import Foundation

/// Small text utilities shared by loading, validation and rendering.
package enum Text {
    /// Lower case, accents removed: the form in which headings and ids are compared.
    static func foldedForComparison(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "’", with: "'")
    }

    /// Letters and digits only, lower case and without accents: "Points clés et perspectives" → "pointsclesetperspectives".
    static func headingKey(_ s: String) -> String {
        String(foldedForComparison(s).unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// `noun` after the preposition « de », elided or contracted as French requires:
    /// "un cycle" → "d’un cycle", "une action" → "d’une action", "le site" → "du site",
    /// "les pages" → "des pages", "la monographie" → "de la monographie", "« identite »" → "de « identite »".
    static func de(_ noun: String) -> String {
        if noun.hasPrefix("le ") { return "du " + noun.dropFirst(3) }
        if noun.hasPrefix("les ") { return "des " + noun.dropFirst(4) }
        if let first = noun.first, "aeiouyàâéèêëîïôûùœAEIOUYÀÂÉÈÊËÎÏÔÛÙŒ".contains(first) { return "d’" + noun }
        return "de " + noun
    }

    /// The lines of `s` (separated by line feeds; an empty last line when `s` ends with one), found on
    /// the UTF-8 view: a line feed always ends a Character, so the slices are ordinary substrings.
    package static func lines(_ s: String) -> [Substring] {
        var result: [Substring] = []
        var start = s.startIndex
        let utf8 = s.utf8
        while let end = utf8[start...].firstIndex(of: 0x0A) {
            result.append(s[start..<end])
            start = utf8.index(after: end)
        }
        result.append(s[start...])
        return result
    }

    /// Whether `bytes` contain `needle` (a byte search, without Foundation's locale-aware machinery).
    package static func contains(_ bytes: Substring.UTF8View, _ needle: String.UTF8View) -> Bool {
        guard let first = needle.first else { return true }
        var i = bytes.startIndex
        while let start = bytes[i...].firstIndex(of: first) {
            if bytes[start...].starts(with: needle) { return true }
            i = bytes.index(after: start)
        }
        return false
    }

    /// The offsets of the non-overlapping occurrences of `needle` in `bytes`, found by a byte search
    /// (`memchr` for its first byte: views of thousands of networks are megabytes long).
    private static func occurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let first = needle.first, let base = bytes.baseAddress else { return [] }
        var found: [Int] = []
        var i = 0
        while i < bytes.count, let hit = memchr(base + i, Int32(first), bytes.count - i) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if at + needle.count <= bytes.count && needle.indices.allSatisfy({ bytes[at + $0] == needle[$0] }) {
                found.append(at)
                i = at + needle.count
            } else {
                i = at + 1
            }
        }
        return found
    }

    /// `text` with every `marker` replaced by `replacement`, found by a byte search.
    package static func replacing(_ marker: String, with replacement: String, in text: String) -> String {
        var text = text
        let needle = Array(marker.utf8)
        let replaced = text.withUTF8 { bytes -> String? in
            let found = occurrences(of: needle, in: bytes)
            guard !found.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1024)
            var runStart = 0
            for at in found {
                out.append(contentsOf: bytes[runStart..<at])
                out.append(contentsOf: replacement.utf8)
                runStart = at + needle.count
            }
            out.append(contentsOf: bytes[runStart...])
            return String(decoding: out, as: UTF8.self)
        }
        return replaced ?? text
    }

    /// The texts before and after `marker` when `text` holds it exactly once, found by a byte search as
    /// in `replacing` (Foundation's `components(separatedBy:)` compares characters, and a page holding
    /// the list of thousands of networks is hundreds of kilobytes long).
    package static func split(_ text: String, around marker: String) -> (before: String, after: String)? {
        var text = text
        let needle = Array(marker.utf8)
        return text.withUTF8 { bytes -> (String, String)? in
            let found = occurrences(of: needle, in: bytes)
            guard found.count == 1 else { return nil }
            return (
                String(decoding: bytes[..<found[0]], as: UTF8.self), String(decoding: bytes[(found[0] + needle.count)...], as: UTF8.self)
            )
        }
    }

    /// The number `digits` write in decimal, read on their bytes; nil for anything else, or for more
    /// digits than an `Int` surely holds.
    static func decimal<Digits: Collection<UInt8>>(_ digits: Digits) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Escapes text for HTML element content and attribute values.
    package static func escapeHTML(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A URL-safe slug: lower case ASCII letters, digits and single hyphens.
    package static func slug(_ s: String) -> String {
        let ascii = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        var out = ""
        var pendingHyphen = false
        for c in ascii.unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(c)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// True when `s` is a valid file slug: `[a-z0-9-]+`.
    static func isValidSlug(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A key that sorts French names alphabetically, accents and case ignored.
    package static func frenchSortKey(_ s: String) -> String {
        quickFold(s) ?? foldedForComparison(s)
    }

    /// The French letters with accents and their folded forms, as `foldedForComparison` gives them.
    private static let accented: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in [
            ("àâäáãåÀÂÄÁÃÅ", "a"), ("çÇ", "c"), ("éèêëÉÈÊË", "e"), ("îïíìÎÏÍÌ", "i"), ("ñÑ", "n"),
            ("ôöóòõÔÖÓÒÕ", "o"), ("ûüúùÛÜÚÙ", "u"), ("ÿýŸÝ", "y"),
        ] {
            for letter in letters.unicodeScalars { table[letter] = base.unicodeScalars.first! }
        }
        return table
    }()

    /// `foldedForComparison` for text made of ASCII and the letters above (names nearly always are);
    /// nil for anything else, which goes through Foundation.
    static func quickFold(_ s: String) -> String? {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c.isASCII {
                out.append(("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c)
            } else if c == "’" {
                out.append("'")
            } else if let base = accented[c] {
                out.append(base)
            } else {
                return nil
            }
        }
        return String(out)
    }
}
