/// French number and date formatting, deterministic (no locale lookups at run time).
enum Format {
    /// 17000 → "17 000" with a narrow no-break space between groups of three digits.
    static func number(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "\u{202F}" }
            out.append(c)
        }
        return n < 0 ? "−" + out : out
    }

    /// A count with its noun agreeing in number, the French way: "0 réseau", "1 réseau", "2 000 réseaux".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        number(n) + " " + (abs(n) < 2 ? singular : plural)
    }

    /// A cycle's start: "≈1945" when approximate.
    static func year(_ year: Int, approximate: Bool) -> String {
        approximate ? "≈\u{202F}\(year)" : String(year)
    }
}
