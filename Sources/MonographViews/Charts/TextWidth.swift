import MonographCore

/// The width a chart text takes once drawn, so that charts are laid out around their labels and no label
/// is cut at the edge of its chart.
///
/// Widths come from DejaVu Sans (see `tools/text-widths.py`), the widest of the fonts the stylesheet lets a
/// browser use for charts: a text measured here fits in any of them. A character the table lacks counts
/// as one em, more than any Latin letter.
enum TextWidth {
    /// The chart font size of the stylesheet (`.graphique`), in SVG units.
    static let chartSize = 13.0

    /// The width of `text` at `size` px.
    static func of(_ text: String, size: Double = chartSize, bold: Bool = false) -> Double {
        let widths = bold ? Self.bold : Self.regular
        var thousandths = 0
        for character in text {
            if let ascii = character.asciiValue, ascii >= 32, ascii < 127 {
                thousandths += Int(widths[Int(ascii) - 32])
            } else if let index = extraIndex[character] {
                thousandths += Int(widths[95 + index])
            } else {
                thousandths += 1000
            }
        }
        return Double(thousandths) * size / 1000
    }

    /// `text`, shortened with an ellipsis until it is at most `width` px wide.
    static func fitting(_ text: String, in width: Double, size: Double = chartSize, bold: Bool = false) -> String {
        guard of(text, size: size, bold: bold) > width else { return text }
        var kept = Substring(text)
        while !kept.isEmpty && of(String(kept) + "…", size: size, bold: bold) > width { kept = kept.dropLast(1) }
        return String(kept) + "…"
    }

    private static let extraIndex: [Character: Int] = Dictionary(uniqueKeysWithValues: extraCharacters.enumerated().map { ($1, $0) })
}
