/// Finds the closest valid name to a misspelt one, for "did you mean …?" messages.
enum Suggestion {
    /// The candidate closest to `word` by edit distance (ignoring case and accents), or nil when there is none.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let key = Text.foldedForComparison(word)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(key, Text.foldedForComparison(candidate))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    /// « vouliez-vous dire « x » ? » or an empty string, ready to append to a message.
    static func hint(for word: String, in candidates: [String]) -> String {
        guard let match = closest(to: word, in: candidates) else { return "" }
        return " ; vouliez-vous dire « \(match) » ?"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
