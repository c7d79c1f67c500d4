import MonographCore

/// A heat map: rows × columns of cells whose shade grows with the value, each cell showing its number.
package enum HeatMap {
    package enum Scale {
        /// Counts: shade relative to the largest value.
        case count
        /// Intensities 0, 1, 2 shown as –, +, ++.
        case intensity
    }

    /// The map of `rows` (label, one value per column), drawn for a phone (each row's label on a line above
    /// its cells) and for a wide column (labels beside their rows); see `SVG.Size`.
    package static func render(title: String, description: String, columns: [String], rows: [(String, [Int])], scale: Scale) -> String {
        // Sizes follow the texts as drawn (`TextWidth`), so that no label is cut. Column headers are written
        // vertically, on one or two lines, so that the columns stay narrow.
        let headerLines = columns.map { column -> [String] in
            let lines = wrap(column, width: 16)
            return lines.count <= 2
                ? lines.map { TextWidth.fitting($0, in: 150, bold: true) }
                : [
                    TextWidth.fitting(lines[0], in: 150, bold: true),
                    TextWidth.fitting(lines.dropFirst().joined(separator: " "), in: 130, bold: true),
                ]
        }
        let maximum = max(1, rows.flatMap(\.1).max() ?? 1)
        // Cells widen for counts of five digits and more, so that a value never spills out of its cell; on a
        // phone they narrow so that all the columns fit.
        let widestValue = scale == .count ? TextWidth.of(Format.number(maximum), bold: true) : 0
        let cell = max(44.0, (widestValue + 8).rounded(.up))
        let narrowCell = max((widestValue + 6).rounded(.up), min(cell, (SVG.Size.narrowWidth / Double(max(columns.count, 1))).rounded(.down)))
        let legend: [(Int, String)] =
            scale == .intensity
            ? [(0, "absente"), (2, "+ présente"), (4, "++ dominante")]
            : [(0, "0"), (2, "moins"), (4, "plus (max. \(Format.number(maximum)))")]
        let legendTitle = scale == .intensity ? "Légende :" : "Nombre :"
        let wideLabels = rows.map { TextWidth.fitting($0.0, in: 240) }
        let labelWidth = (wideLabels.map { TextWidth.of($0) }.max() ?? 60) + 14
        let narrowLabels = rows.map { TextWidth.fitting($0.0, in: max(SVG.Size.narrowWidth, narrowCell * Double(columns.count))) }
        let narrow = layout(
            headerLines: headerLines, rows: rows, labels: narrowLabels, labelWidth: 0, cell: narrowCell, scale: scale, maximum: maximum,
            legendTitle: legendTitle, legend: legend, minimumWidth: SVG.Size.narrowWidth)
        let wide = layout(
            headerLines: headerLines, rows: rows, labels: wideLabels, labelWidth: labelWidth, cell: cell, scale: scale, maximum: maximum,
            legendTitle: legendTitle, legend: legend, minimumWidth: 0)
        return SVG.chart(title: title, description: description, className: "carte-chaleur", narrow: narrow, wide: wide)
    }

    /// One drawing: with `labelWidth` 0, each row's label is written on a line above its cells.
    private static func layout(
        headerLines: [[String]], rows: [(String, [Int])], labels: [String], labelWidth: Double, cell: Double, scale: Scale,
        maximum: Int, legendTitle: String, legend: [(Int, String)], minimumWidth: Double
    ) -> SVG.Layout {
        let above = labelWidth == 0
        let cellHeight = 30.0, labelLine = above ? 18.0 : 0
        let rowHeight = cellHeight + labelLine + (above ? 4 : 0)
        let longestLine = headerLines.flatMap { $0 }.map { TextWidth.of($0, bold: true) }.max() ?? 40
        let headerHeight = longestLine + 14
        var width = max(minimumWidth, labelWidth + Double(headerLines.count) * cell + 4)
        // In a wide column the legend keeps to one line: the drawing widens for it.
        if !above { width = max(width, legend.reduce(TextWidth.of(legendTitle) + 10) { $0 + 22 + TextWidth.of($1.1) + 16 } - 16) }
        // Legend: what the shades mean, its items after one another, on as many lines as the width needs.
        var items: [(x: Double, line: Int)] = []
        var x = TextWidth.of(legendTitle) + 10, line = 0
        for (_, label) in legend {
            let itemWidth = 22 + TextWidth.of(label)
            if x + itemWidth > width && x > TextWidth.of(legendTitle) + 10 {
                x = TextWidth.of(legendTitle) + 10
                line += 1
            }
            items.append((x, line))
            x += itemWidth + 16
        }
        width = max(width, (items.map { $0.x + 22 }.max() ?? 0) + (legend.map { TextWidth.of($0.1) }.max() ?? 0))
        let legendTop = headerHeight + Double(rows.count) * rowHeight + 12
        var out = ""
        for (c, lines) in headerLines.enumerated() {
            let center = labelWidth + Double(c) * cell + cell / 2
            for (l, line) in lines.enumerated() {
                let x = center + 5 + (Double(l) - Double(lines.count - 1) / 2) * 15
                out += SVG.text(line, x: x, y: headerHeight - 6, className: "entete", rotation: -90)
            }
        }
        // Rows are independent: a map of thousands of networks is drawn in batches on every core.
        let batches = stride(from: 0, to: rows.count, by: 256).map { $0..<min($0 + 256, rows.count) }
        for batch in Parallel.map(batches, { range in range.map { row($0, labels[$0], rows[$0].1) }.joined() }) {
            out += batch
        }
        /// One row: its label, then a cell for each value.
        @Sendable func row(_ r: Int, _ label: String, _ values: [Int]) -> String {
            var out = ""
            let top = headerHeight + Double(r) * rowHeight
            let y = top + labelLine
            out +=
                above
                ? SVG.text(label, x: 0, y: top + 14, className: "etiquette")
                : SVG.text(label, x: labelWidth - 8, y: y + cellHeight / 2 + 5, anchor: "end", className: "etiquette")
            for (c, value) in values.enumerated() {
                let level: Int
                let shown: String
                switch scale {
                case .count:
                    level = value == 0 ? 0 : min(4, 1 + (value * 4 - 1) / maximum)
                    shown = Format.number(value)
                case .intensity:
                    level = min(value, 2) * 2
                    shown = value == 0 ? "–" : value == 1 ? "+" : "++"
                }
                out += SVG.rect(
                    x: labelWidth + Double(c) * cell + 1, y: y + 1, width: cell - 2, height: cellHeight - 2,
                    className: "niveau-\(level)")
                // An absent function is an empty cell (see the legend): large maps stay light to read and to load.
                if scale == .intensity && value == 0 { continue }
                out += SVG.text(
                    shown, x: labelWidth + Double(c) * cell + cell / 2, y: y + cellHeight / 2 + 5, anchor: "middle",
                    className: level >= 3 ? "valeur sur-fonce" : "valeur")
            }
            return out
        }
        out += SVG.text(legendTitle, x: 0, y: legendTop + 14, className: "legende")
        for (index, (level, label)) in legend.enumerated() {
            let top = legendTop + Double(items[index].line) * 24
            out += SVG.rect(x: items[index].x, y: top + 2, width: 16, height: 16, className: "niveau-\(level)")
            out += SVG.text(label, x: items[index].x + 22, y: top + 14, className: "legende")
        }
        let height = legendTop + Double((items.map(\.line).max() ?? 0) + 1) * 24
        return SVG.Layout(width: width, height: height, body: out)
    }

    /// Splits a header into lines of about `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(word)
            }
        }
        return lines.isEmpty ? [""] : lines
    }
}
