/// Horizontal grouped bars: one group per category, one bar per series, each bar labelled with its value.
enum BarChart {
    static func grouped(title: String, description: String, categories: [String], series: [(String, [Int])]) -> String {
        let labelWidth = 150.0, barArea = 420.0, barHeight = 14.0, gap = 10.0
        let groupHeight = Double(series.count) * barHeight + gap
        let legendHeight = 28.0
        let height = legendHeight + Double(categories.count) * groupHeight + 8
        let maximum = Double(max(1, series.flatMap(\.1).max() ?? 1))
        var out = SVG.open(width: Int(labelWidth + barArea + 40), height: Int(height), title: title, description: description,
                           className: "barres")
        // Legend
        for (s, (name, _)) in series.enumerated() {
            let x = Double(s) * 140
            out += SVG.rect(x: x, y: 6, width: 14, height: 14, className: "serie-\(s + 1)")
            out += SVG.text(name, x: x + 20, y: 18, className: "legende")
        }
        for (c, category) in categories.enumerated() {
            let top = legendHeight + Double(c) * groupHeight
            out += SVG.text(SVG.short(category, 22), x: labelWidth - 8, y: top + barHeight + 2, anchor: "end", className: "etiquette")
            for (s, (_, values)) in series.enumerated() {
                let value = c < values.count ? values[c] : 0
                let y = top + Double(s) * barHeight
                let width = barArea * Double(value) / maximum
                out += SVG.rect(x: labelWidth, y: y, width: width, height: barHeight - 2, className: "serie-\(s + 1)")
                out += SVG.text(String(value), x: labelWidth + width + 4, y: y + barHeight - 4, className: "valeur")
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

    static func render(title: String, description: String, columns: [String], rows: [(String, [Int])], scale: Scale) -> String {
        // Sizes follow the labels: about 6.6 px per character at the chart's 12 px font.
        let labels = rows.map { SVG.short($0.0, 34) }
        let labelWidth = min(240, 6.6 * Double(labels.map(\.count).max() ?? 10) + 14)
        let headerLines = columns.map { wrap(SVG.short($0, 40), width: 12) }
        let longestWord = headerLines.flatMap { $0 }.map(\.count).max() ?? 6
        let cell = max(56, 7.2 * Double(longestWord) + 12), cellHeight = 30.0
        let headerHeight = 14 * Double(headerLines.map(\.count).max() ?? 1) + 12
        let width = max(labelWidth + Double(columns.count) * cell + 4, 440)
        let legendTop = headerHeight + Double(rows.count) * cellHeight + 12
        let height = legendTop + 24
        let maximum = max(1, rows.flatMap(\.1).max() ?? 1)
        var out = SVG.open(width: Int(width), height: Int(height), title: title, description: description, className: "carte-chaleur")
        for (c, lines) in headerLines.enumerated() {
            let x = labelWidth + Double(c) * cell + cell / 2
            for (l, line) in lines.enumerated() {
                out += SVG.text(line, x: x, y: 14 + Double(l) * 14, anchor: "middle", className: "entete")
            }
        }
        for (r, (label, values)) in rows.enumerated() {
            let y = headerHeight + Double(r) * cellHeight
            out += SVG.text(SVG.short(label, 34), x: labelWidth - 8, y: y + cellHeight / 2 + 5, anchor: "end", className: "etiquette")
            for (c, value) in values.enumerated() {
                let level: Int
                let shown: String
                switch scale {
                case .count:
                    level = value == 0 ? 0 : min(4, 1 + (value * 4 - 1) / maximum)
                    shown = String(value)
                case .intensity:
                    level = [0, 2, 4][min(value, 2)]
                    shown = ["–", "+", "++"][min(value, 2)]
                }
                out += SVG.rect(x: labelWidth + Double(c) * cell + 1, y: y + 1, width: cell - 2, height: cellHeight - 2,
                                className: "niveau-\(level)")
                out += SVG.text(shown, x: labelWidth + Double(c) * cell + cell / 2, y: y + cellHeight / 2 + 5, anchor: "middle",
                                className: "valeur niveau-\(level)-texte")
            }
        }
        // Legend: what the shades mean.
        let legend: [(Int, String)] = scale == .intensity
            ? [(0, "– absente"), (2, "+ présente"), (4, "++ dominante")]
            : [(0, "0"), (2, "moins"), (4, "plus (max. \(maximum))")]
        out += SVG.text(scale == .intensity ? "Légende :" : "Nombre :", x: 0, y: legendTop + 14, className: "legende")
        for (index, (level, label)) in legend.enumerated() {
            let x = 80 + Double(index) * 120
            out += SVG.rect(x: x, y: legendTop + 2, width: 16, height: 16, className: "niveau-\(level)")
            out += SVG.text(label, x: x + 22, y: legendTop + 14, className: "legende")
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
        let left = 110.0, top = 40.0, cellWidth = 200.0, cellHeight = 86.0
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
                    out += SVG.text((on ? "● " : "○ ") + nature.libelle, x: x + cellWidth / 2, y: y + cellHeight / 2 - 2, anchor: "middle",
                                    className: on ? "nature-active" : "nature-inactive")
                    if let value = values[nature.id] {
                        out += SVG.text(value, x: x + cellWidth / 2, y: y + cellHeight / 2 + 18, anchor: "middle", className: "valeur")
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
        let width = 640.0, left = 30.0, right = 30.0, axis = 46.0
        let years = cycles.map(\.start)
        let first = (years.min() ?? 1900), last = max(years.max() ?? 2000, first + 1)
        let span = Double(last - first)
        let description = cycles.enumerated().map { "Cycle \($0.offset + 1) : \(Format.year($0.element.start, approximate: $0.element.approximate)), \($0.element.label)" }
            .joined(separator: " ; ")
        var out = SVG.open(width: Int(width), height: 96, title: title, description: description, className: "frise-cycles")
        out += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(axis))\" x2=\"\(SVG.n(width - right))\" y2=\"\(SVG.n(axis))\" class=\"axe\"/>"
        for (index, cycle) in cycles.enumerated() {
            let x = cycles.count == 1 ? width / 2 : left + (width - left - right) * Double(cycle.start - first) / span
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
