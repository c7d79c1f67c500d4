extension Format {
    private static let months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// A date written `AAAA-MM-JJ` (already checked) as French prose: « 3 décembre 2026 », « 1er mars 2021 ».
    /// Anything else is returned as written.
    static func spelledDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else { return date }
        return "\(day == 1 ? "1er" : String(day)) \(months[month - 1]) \(parts[0])"
    }
}
