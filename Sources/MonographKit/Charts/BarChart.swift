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
        var out = SVG.open(width: Int(width.rounded(.up)), height: Int(height),
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

/// A heat map: rows × columns of cells whose shade grows with the value, each cell showing its number.
enum HeatMap {
    enum Scale {
        /// Counts: shade relative to the largest value.
        case count
        /// Intensities 0, 1, 2 shown as –, +, ++.
        case intensity
    }

    /// The map of `rows` (label, one value per column). `keptRow`, when given, supplies each row's SVG
    /// from its index, a text that changes whenever the layout of rows does, and the way to make it: a
    /// caller may keep rows between renderings.
    static func render(title: String, description: String, columns: [String], rows: [(String, [Int])], scale: Scale,
                       keptRow: ((_ index: Int, _ layout: String, _ make: () -> String) -> String)? = nil) -> String {
        // Sizes follow the labels as drawn (`TextWidth`), so that no label is cut. Column headers are written
        // vertically, on one or two lines, so that the columns stay narrow and the whole map can be read on a
        // phone screen without shrinking much.
        let labels = rows.map { TextWidth.fitting($0.0, in: 226) }
        let labelWidth = (labels.map { TextWidth.of($0) }.max() ?? 60) + 14
        let headerLines = columns.map { column -> [String] in
            let lines = wrap(column, width: 16)
            return lines.count <= 2 ? lines.map { TextWidth.fitting($0, in: 140, bold: true) }
                : [TextWidth.fitting(lines[0], in: 140, bold: true),
                   TextWidth.fitting(lines.dropFirst().joined(separator: " "), in: 120, bold: true)]
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
        let legend: [(Int, String)] = scale == .intensity
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
        let layout = "\(SVG.n(labelWidth)) \(SVG.n(headerHeight)) \(maximum) \(scale)"
        for (r, (label, values)) in zip(labels, rows.map(\.1)).enumerated() {
            let make = { row(r, label, values) }
            out += keptRow?(r, layout, make) ?? make()
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
                    level = [0, 2, 4][min(value, 2)]
                    shown = ["–", "+", "++"][min(value, 2)]
                }
                out += SVG.rect(x: labelWidth + Double(c) * cell + 1, y: y + 1, width: cell - 2, height: cellHeight - 2,
                                className: "niveau-\(level)")
                // An absent function is an empty cell (see the legend): large maps stay light to read and to load.
                if scale == .intensity && value == 0 { continue }
                out += SVG.text(shown, x: labelWidth + Double(c) * cell + cell / 2, y: y + cellHeight / 2 + 5, anchor: "middle",
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

/// Le RAMEAU's 2×2 grid of the natures of innovation: solutions/processus × nouveauté/adaptation.
enum RameauGrid {
    static func render(natures: [ReferenceItem], values: [String: String], highlighted: Set<String>, title: String) -> String {
        // Narrow enough to stay legible on a phone screen: a value "2 réseaux, 3 cycles" is written on two lines.
        let left = 90.0, top = 40.0, cellWidth = 150.0, cellHeight = 86.0
        let objets = [("solutions", "Solutions"), ("processus", "Processus")]
        let logiques = [("nouveaute", "Nouveauté"), ("adaptation", "Adaptation")]
        let lit = natures.filter { highlighted.contains($0.id) }.map(\.libelle)
        let description = lit.isEmpty ? "Aucune nature renseignée." : "Natures présentes : " + lit.joined(separator: ", ") + "."
        var out = SVG.open(width: Int(left + 2 * cellWidth + 4), height: Int(top + 2 * cellHeight + 4),
                           title: title, description: description, className: "grille-rameau")
        for (c, (_, label)) in logiques.enumerated() {
            out += SVG.text(label, x: left + Double(c) * cellWidth + cellWidth / 2, y: 24, anchor: "middle", className: "entete")
        }
        for (r, (objet, label)) in objets.enumerated() {
            let y = top + Double(r) * cellHeight
            out += SVG.text(label, x: left - 10, y: y + cellHeight / 2 + 5, anchor: "end", className: "entete")
            for (c, (logique, _)) in logiques.enumerated() {
                let x = left + Double(c) * cellWidth
                let nature = natures.first { $0.objet == objet && $0.logique == logique }
                let on = nature.map { highlighted.contains($0.id) } ?? false
                out += SVG.rect(x: x + 2, y: y + 2, width: cellWidth - 4, height: cellHeight - 4, className: on ? "case-active" : "case-inactive")
                if let nature {
                    let lines = values[nature.id].map { $0.components(separatedBy: ", ") } ?? []
                    let nameY = y + cellHeight / 2 + 5 - 7 * Double(lines.count)
                    out += SVG.text((on ? "● " : "○ ") + nature.libelle, x: x + cellWidth / 2, y: nameY, anchor: "middle",
                                    className: on ? "nature-active" : "nature-inactive")
                    for (l, line) in lines.enumerated() {
                        out += SVG.text(line, x: x + cellWidth / 2, y: nameY + 20 + 14 * Double(l), anchor: "middle", className: "valeur")
                    }
                }
            }
        }
        return out + "</svg>\n"
    }
}

/// A timeline of a network's cycles: one marker per cycle on a time axis, labelled with its start.
enum Timeline {
    static func render(title: String, cycles: [(start: Int, approximate: Bool, label: String)]) -> String {
        // Narrow enough to stay legible on a phone screen; markers keep `gap` apart so that labels never overlap.
        let width = 420.0, left = 30.0, right = 30.0, axis = 46.0, gap = 62.0
        let years = cycles.map(\.start)
        let first = (years.min() ?? 1900), last = max(years.max() ?? 2000, first + 1)
        let span = Double(last - first)
        var xs = cycles.map { cycles.count == 1 ? width / 2 : left + (width - left - right) * Double($0.start - first) / span }
        for i in xs.indices.dropFirst() { xs[i] = max(xs[i], xs[i - 1] + gap) }
        if let end = xs.indices.last, cycles.count > 1 {
            xs[end] = min(xs[end], width - right)
            for i in xs.indices.dropLast().reversed() { xs[i] = max(left, min(xs[i], xs[i + 1] - gap)) }
        }
        let description = cycles.enumerated().map { "Cycle \($0.offset + 1) : \(Format.year($0.element.start, approximate: $0.element.approximate)), \($0.element.label)" }
            .joined(separator: " ; ")
        var out = SVG.open(width: Int(width), height: 96, title: title, description: description, className: "frise-cycles")
        out += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(axis))\" x2=\"\(SVG.n(width - right))\" y2=\"\(SVG.n(axis))\" class=\"axe\"/>"
        for (index, cycle) in cycles.enumerated() {
            let x = xs[index]
            out += "<circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(axis))\" r=\"9\" class=\"jalon\"/>"
            out += SVG.text(String(index + 1), x: x, y: axis + 4, anchor: "middle", className: "jalon-numero")
            let anchor = index == 0 && cycles.count > 1 ? "start" : (index == cycles.count - 1 && cycles.count > 1 ? "end" : "middle")
            let labelX = anchor == "start" ? x - 9 : (anchor == "end" ? x + 9 : x)
            out += SVG.text(Format.year(cycle.start, approximate: cycle.approximate), x: labelX, y: axis - 18, anchor: anchor, className: "valeur")
            out += SVG.text("Cycle \(index + 1)", x: labelX, y: axis + 30, anchor: anchor, className: "etiquette")
        }
        return out + "</svg>\n"
    }
}
