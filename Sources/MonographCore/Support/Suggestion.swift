/// Finds the closest valid name to a misspelt one, for "did you mean …?" messages.
package enum Suggestion {
    /// The candidate closest to `word`, ignoring case and accents: by shared words first (for headings
    /// written in another order), then by edit distance. Nil when nothing is close enough to help.
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let key = Text.foldedForComparison(word)
        let words = significantWords(key)
        var best: (candidate: String, shared: Int, distance: Int)?
        for candidate in candidates {
            let folded = Text.foldedForComparison(candidate)
            let shared = words.intersection(significantWords(folded)).count
            let distance = editDistance(key, folded)
            let better: Bool
            if let current = best {
                better = shared > current.shared || (shared == current.shared && distance < current.distance)
            } else {
                better = true
            }
            if better { best = (candidate, shared, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, key.count / 2)
        return best.shared > 0 || best.distance <= limit ? best.candidate : nil
    }

    /// « ; vouliez-vous dire « x » ? » or an empty string, ready to append to a message.
    package static func hint(for word: String, in candidates: [String]) -> String {
        guard let match = closest(to: word, in: candidates) else { return "" }
        return " ; vouliez-vous dire « \(match) » ?"
    }

    /// Words of four letters or more, with a trailing "s" dropped: "perspective" matches "perspectives".
    private static func significantWords(_ s: String) -> Set<String> {
        Set(
            s.split { !$0.isLetter }.filter { $0.count >= 4 }.map { word in
                word.hasSuffix("s") ? String(word.dropLast(1)) : String(word)
            })
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
