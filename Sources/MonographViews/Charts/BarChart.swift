import MonographCore

/// Horizontal bars in small multiples: one panel per measure, each with its own scale, one bar per category.
///
/// Networks and actions are not counted in the same unit, so they are never drawn on one axis: each panel
/// says what it counts in its heading, scales its bars to its own largest value from a zero tick, and writes
/// every value with its unit in words ("5 réseaux"), so that no axis needs reading.
enum BarChart {
    /// What one panel counts: its heading, the unit in words, and one value per category.
    struct Measure {
        var heading: String
        var singular: String
        var plural: String
        var values: [Int]
    }

    static func panels(title: String, description: String, categories: [String], measures: [Measure]) -> String {
        let narrowPanels = measures.enumerated().map { panel($1, index: $0, categories: categories, width: SVG.Size.narrowWidth) }
        // On a phone the panels follow one another; in a wide column they stand side by side.
        var narrow = SVG.Layout(width: SVG.Size.narrowWidth, height: 0, body: "")
        for (body, height) in narrowPanels {
            narrow.body += "<g transform=\"translate(0 \(SVG.n(narrow.height)))\">" + body + "</g>"
            narrow.height += height + panelGap
        }
        narrow.height -= panelGap
        let count = Double(max(measures.count, 1))
        let panelWidth = ((SVG.Size.wideWidth - panelGap * (count - 1)) / count).rounded(.down)
        var wide = SVG.Layout(width: SVG.Size.wideWidth, height: 0, body: "")
        for (index, measure) in measures.enumerated() {
            let (body, height) = panel(measure, index: index, categories: categories, width: panelWidth)
            wide.body += "<g transform=\"translate(\(SVG.n(Double(index) * (panelWidth + panelGap))) 0)\">" + body + "</g>"
            wide.height = max(wide.height, height)
        }
        return SVG.chart(title: title, description: description, className: "barres", narrow: narrow, wide: wide)
    }

    private static let panelGap = 24.0

    /// One panel `width` units wide: its heading, then for each category its label on a line of its own and
    /// its bar below, the value written after the bar.
    private static func panel(_ measure: Measure, index: Int, categories: [String], width: Double) -> (String, Double) {
        let lineHeight = 18.0, barHeight = 14.0, rowGap = 8.0, headingHeight = 26.0
        let values = categories.indices.map { $0 < measure.values.count ? measure.values[$0] : 0 }
        let largest = max(1, values.max() ?? 1)
        let words = values.map { Format.count($0, measure.singular, measure.plural) }
        let widestValue = words.map { TextWidth.of($0, bold: true) }.max() ?? 0
        let barArea = max(40, width - widestValue - 10)
        var out = SVG.text(TextWidth.fitting(measure.heading, in: width, bold: true), x: 0, y: 16, className: "entete")
        for (c, category) in categories.enumerated() {
            let top = headingHeight + Double(c) * (lineHeight + barHeight + rowGap)
            out += SVG.text(TextWidth.fitting(category, in: width), x: 0, y: top + 13, className: "etiquette")
            let barTop = top + lineHeight
            let length = barArea * Double(values[c]) / Double(largest)
            // The zero of the scale, a tick before each bar: a value of 0 shows as its number against it. Its
            // stroke is also an attribute, which the stylesheet overrides, for charts drawn without it (make pdf).
            out +=
                "<line x1=\"1\" y1=\"\(SVG.n(barTop - 2))\" x2=\"1\" y2=\"\(SVG.n(barTop + barHeight + 2))\" "
                + "stroke=\"#595959\" stroke-width=\"2\" class=\"axe-zero\"/>"
            out += SVG.rect(x: 2, y: barTop, width: length, height: barHeight, className: "serie-\(index + 1)")
            out += SVG.text(words[c], x: length + 8, y: barTop + 11.5, className: "valeur")
        }
        let height = headingHeight + Double(categories.count) * (lineHeight + barHeight + rowGap) - rowGap + 2
        return (out, height)
    }
}
