/// A heat map: rows × columns of cells whose shade grows with the value, each cell showing its number.
enum HeatMap {
    enum Scale {
        /// Counts: shade relative to the largest value.
        case count
        /// Intensities 0, 1, 2 shown as –, +, ++.
        case intensity
    }

    /// The map of `rows` (label, one value per column).
    static func render(title: String, description: String, columns: [String], rows: [(String, [Int])], scale: Scale) -> String {
        // Sizes follow the labels as drawn (`TextWidth`), so that no label is cut. Column headers are written
        // vertically, on one or two lines, so that the columns stay narrow and the whole map can be read on a
        // phone screen without shrinking much.
        let labels = rows.map { TextWidth.fitting($0.0, in: 226) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 60) + 14
        let headerLines = columns.map { column -> [String] in
            let lines = wrap(column, width: 16)
            return lines.count <= 2
                ? lines.map { TextWidth.fitting($0, in: 140, bold: true) }
                : [
                    TextWidth.fitting(lines[0], in: 140, bold: true),
                    TextWidth.fitting(lines.dropFirst().joined(separator: " "), in: 120, bold: true),
                ]
        }
        let longestLine = headerLines.flatMap { $0 }.map { TextWidth.of($0, bold: true) }.max() ?? 40
        // Cells widen for counts of five digits and more, so that a value never spills out of its cell.
        let widestValue = scale == .count ? TextWidth.of(Format.number(rows.flatMap(\.1).max() ?? 0), bold: true) : 0
        let cell = max(40.0, (widestValue + 8).rounded(.up)), cellHeight = 30.0
        let headerHeight = longestLine + 14
        let legendTop = headerHeight + Double(rows.count) * cellHeight + 12
        let height = legendTop + 24
        let maximum = max(1, rows.flatMap(\.1).max() ?? 1)
        // Legend: what the shades mean, its items placed after one another.
        let legend: [(Int, String)] =
            scale == .intensity
            ? [(0, "absente"), (2, "+ présente"), (4, "++ dominante")]
            : [(0, "0"), (2, "moins"), (4, "plus (max. \(Format.number(maximum)))")]
        let legendTitle = scale == .intensity ? "Légende :" : "Nombre :"
        var legendX = [TextWidth.of(legendTitle) + 10]
        for (_, label) in legend { legendX.append(legendX[legendX.count - 1] + 22 + TextWidth.of(label) + 16) }
        let width = max(labelWidth + Double(columns.count) * cell + 4, legendX[legendX.count - 1]).rounded(.up)
        var out = SVG.open(width: Int(width), height: Int(height), title: title, description: description, className: "carte-chaleur")
        for (c, lines) in headerLines.enumerated() {
            let center = labelWidth + Double(c) * cell + cell / 2
            for (l, line) in lines.enumerated() {
                let x = center + 4 + (Double(l) - Double(lines.count - 1) / 2) * 14
                out += SVG.text(line, x: x, y: headerHeight - 6, className: "entete", rotation: -90)
            }
        }
        // Rows are independent: a map of thousands of networks is drawn in batches on every core.
        let batches = stride(from: 0, to: rows.count, by: 256).map { $0..<min($0 + 256, rows.count) }
        for batch in Parallel.map(batches, { range in range.map { row($0, labels[$0], rows[$0].1) }.joined() }) {
            out += batch
        }
        /// One row: its label, then a cell for each value.
        func row(_ r: Int, _ label: String, _ values: [Int]) -> String {
            var out = ""
            let y = headerHeight + Double(r) * cellHeight
            out += SVG.text(label, x: labelWidth - 8, y: y + cellHeight / 2 + 5, anchor: "end", className: "etiquette")
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
            out += SVG.rect(x: legendX[index], y: legendTop + 2, width: 16, height: 16, className: "niveau-\(level)")
            out += SVG.text(label, x: legendX[index] + 22, y: legendTop + 14, className: "legende")
        }
        return out + "</svg>\n"
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
