import MonographCore

/// Le RAMEAU's 2×2 grid of the natures of innovation: solutions/processus × nouveauté/adaptation.
package enum RameauGrid {
    /// `values` gives each nature's figures, their lines separated by ", "; a nature not in `highlighted` is
    /// drawn empty (dashed, muted), and in a grid with figures it says "aucun réseau".
    package static func render(natures: [ReferenceItem], values: [String: String], highlighted: Set<String>, title: String) -> String {
        // One drawing, fit for a phone (`SVG.Size.narrowWidth`): a 2×2 grid gains nothing from a wider one.
        // Row headers are written vertically so that the cells keep the width of a nature's name.
        let left = 24.0, top = 28.0, cellHeight = 92.0
        let cellWidth = ((SVG.Size.narrowWidth - left) / 2).rounded(.down)
        let objets = [("solutions", "Solutions"), ("processus", "Processus")]
        let logiques = [("nouveaute", "Nouveauté"), ("adaptation", "Adaptation")]
        let lit = natures.filter { highlighted.contains($0.id) }.map(\.libelle)
        let description = lit.isEmpty ? "Aucune nature renseignée." : "Natures présentes : " + lit.joined(separator: ", ") + "."
        var out = ""
        for (c, (_, label)) in logiques.enumerated() {
            out += SVG.text(label, x: left + Double(c) * cellWidth + cellWidth / 2, y: 18, anchor: "middle", className: "entete")
        }
        for (r, (objet, label)) in objets.enumerated() {
            let y = top + Double(r) * cellHeight
            out += SVG.text(label, x: left - 8, y: y + cellHeight / 2, anchor: "middle", className: "entete", rotation: -90)
            for (c, (logique, _)) in logiques.enumerated() {
                let x = left + Double(c) * cellWidth
                let nature = natures.first { $0.objet == objet && $0.logique == logique }
                let on = nature.map { highlighted.contains($0.id) } ?? false
                out += SVG.rect(x: x + 2, y: y + 2, width: cellWidth - 4, height: cellHeight - 4, className: on ? "case-active" : "case-inactive")
                if let nature {
                    let lines = values[nature.id].map { $0.components(separatedBy: ", ") } ?? []
                    let nameY = y + cellHeight / 2 + 5 - 8 * Double(lines.count)
                    // The mark (● present, ○ absent) says it without colour, in the corner so that the name keeps the width.
                    out += SVG.text(on ? "●" : "○", x: x + 9, y: y + 22, className: on ? "nature-active" : "nature-inactive")
                    let name = TextWidth.fitting(nature.libelle, in: cellWidth - 10, bold: on)
                    out += SVG.text(name, x: x + cellWidth / 2, y: nameY, anchor: "middle", className: on ? "nature-active" : "nature-inactive")
                    for (l, line) in lines.enumerated() {
                        out += SVG.text(
                            TextWidth.fitting(line, in: cellWidth - 10, bold: on), x: x + cellWidth / 2, y: nameY + 20 + 16 * Double(l),
                            anchor: "middle", className: on ? "valeur" : "valeur-vide")
                    }
                }
            }
        }
        let layout = SVG.Layout(width: SVG.Size.narrowWidth, height: top + 2 * cellHeight + 4, body: out)
        return SVG.chart(title: title, description: description, className: "grille-rameau", narrow: layout)
    }
}
