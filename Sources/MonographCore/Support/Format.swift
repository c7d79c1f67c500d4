/// French number and date formatting, deterministic (no locale lookups at run time).
package enum Format {
    /// 17000 → "17 000" with a narrow no-break space between groups of three digits.
    package static func number(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "\u{202F}" }
            out.append(c)
        }
        return n < 0 ? "−" + out : out
    }

    /// A count and its noun, with French agreement: "0 erreur", "1 erreur", "2 000 erreurs".
    /// French puts 0 and 1 in the singular; the plural is given whole ("page du livret" → "pages du livret").
    package static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        number(n) + " " + (abs(n) >= 2 ? plural : singular)
    }

    /// A small number in words, as a sentence writes it ("six titres"); digits from thirteen on.
    package static func word(_ n: Int) -> String {
        let words = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]
        return words.indices.contains(n) ? words[n] : number(n)
    }

    /// A cycle's start: "≈1945" when approximate.
    package static func year(_ year: Int, approximate: Bool) -> String {
        approximate ? "≈\u{202F}\(year)" : String(year)
    }

    private static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// A date `AAAA-MM-JJ` as French writes it: « 5 mars 2026 », « 1er juin 2026 »; nil when it is not one.
    package static func date(_ iso: String) -> String? {
        let parts = fields(of: iso)
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return (parts[2] == 1 ? "1er" : String(parts[2])) + " " + months[parts[1] - 1] + " " + String(parts[0])
    }

    /// The numbers between the dashes of `iso`. Read on its bytes when it is written `AAAA-MM-JJ`, as
    /// every date the generator is given is (the front matter's, git's): a history page shows one per
    /// version, and cutting the text as characters took some 9,000 instructions a date.
    private static func fields(of iso: String) -> [Int] {
        let read = iso.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                let year = Text.decimal(bytes[0..<4]), let month = Text.decimal(bytes[5..<7]), let day = Text.decimal(bytes[8..<10])
            else { return nil }
            return [year, month, day]
        }
        return (read ?? nil) ?? iso.split(separator: "-").compactMap { Int($0) }
    }

    /// « Mis à jour le 5 mars 2026 », for a page's date of last change.
    package static func updated(_ iso: String?) -> String? {
        iso.flatMap(date).map { "Mis à jour le " + $0 }
    }
}
