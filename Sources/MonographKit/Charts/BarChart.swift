/// Horizontal grouped bars: one group per category, one bar per series, each bar labelled with its value.
enum BarChart {
    static func grouped(title: String, description: String, categories: [String], series: [(String, [Int])]) -> String {
        // Sizes follow the labels as drawn (`TextWidth`), so that the chart stays narrow enough to be read on a
        // phone screen without shrinking much, and no label is cut.
        let labels = categories.map { TextWidth.fitting($0, in: 150) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 60) + 14
        let barArea = 240.0, barHeight = 14.0, gap = 10.0
        let groupHeight = Double(series.count) * barHeight + gap
        let legendHeight = 28.0
        let height = legendHeight + Double(categories.count) * groupHeight + 8
        let largest = max(1, series.flatMap(\.1).max() ?? 1)
        let maximum = Double(largest)
        var legendWidth = 0.0
        for (name, _) in series { legendWidth += 20 + TextWidth.of(name) + 24 }
        let width = max(labelWidth + barArea + 4 + TextWidth.of(Format.number(largest), bold: true) + 4, legendWidth)
        var out = SVG.open(
            width: Int(width.rounded(.up)), height: Int(height),
            title: title, description: description, className: "barres")
        // Legend
        var legendX = 0.0
        for (s, (name, _)) in series.enumerated() {
            out += SVG.rect(x: legendX, y: 6, width: 14, height: 14, className: "serie-\(s + 1)")
            out += SVG.text(name, x: legendX + 20, y: 18, className: "legende")
            legendX += 20 + TextWidth.of(name) + 24
        }
        for (c, label) in labels.enumerated() {
            let top = legendHeight + Double(c) * groupHeight
            out += SVG.text(label, x: labelWidth - 8, y: top + barHeight + 2, anchor: "end", className: "etiquette")
            for (s, (_, values)) in series.enumerated() {
                let value = c < values.count ? values[c] : 0
                let y = top + Double(s) * barHeight
                let width = barArea * Double(value) / maximum
                out += SVG.rect(x: labelWidth, y: y, width: width, height: barHeight - 2, className: "serie-\(s + 1)")
                out += SVG.text(Format.number(value), x: labelWidth + width + 4, y: y + barHeight - 4, className: "valeur")
            }
        }
        return out + "</svg>\n"
    }
}
