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
        let labelWidth = 170.0, cell = 62.0, cellHeight = 30.0, headerHeight = 64.0
        let width = labelWidth + Double(columns.count) * cell + 4
        let height = headerHeight + Double(rows.count) * cellHeight + 4
        let maximum = max(1, rows.flatMap(\.1).max() ?? 1)
        var out = SVG.open(width: Int(width), height: Int(height), title: title, description: description, className: "carte-chaleur")
        for (c, column) in columns.enumerated() {
            let x = labelWidth + Double(c) * cell + cell / 2
            let words = SVG.short(column, 26).split(separator: " ").map(String.init)
            // Up to three lines per column header.
            var lines: [String] = []
            for word in words {
                if let last = lines.last, last.count + word.count < 11 { lines[lines.count - 1] = last + " " + word } else { lines.append(word) }
            }
            for (l, line) in lines.prefix(3).enumerated() {
                out += SVG.text(line, x: x, y: 16 + Double(l) * 14, anchor: "middle", className: "entete")
            }
        }
        for (r, (label, values)) in rows.enumerated() {
            let y = headerHeight + Double(r) * cellHeight
            out += SVG.text(SVG.short(label, 26), x: labelWidth - 8, y: y + cellHeight / 2 + 5, anchor: "end", className: "etiquette")
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
        return out + "</svg>\n"
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
