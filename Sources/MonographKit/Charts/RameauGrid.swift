/// Le RAMEAU's 2×2 grid of the natures of innovation: solutions/processus × nouveauté/adaptation.
enum RameauGrid {
    static func render(natures: [ReferenceItem], values: [String: String], highlighted: Set<String>, title: String) -> String {
        // Narrow enough to stay legible on a phone screen: a value "2 réseaux, 3 cycles" is written on two lines.
        let left = 90.0, top = 40.0, cellWidth = 150.0, cellHeight = 86.0
        let objets = [("solutions", "Solutions"), ("processus", "Processus")]
        let logiques = [("nouveaute", "Nouveauté"), ("adaptation", "Adaptation")]
        let lit = natures.filter { highlighted.contains($0.id) }.map(\.libelle)
        let description = lit.isEmpty ? "Aucune nature renseignée." : "Natures présentes : " + lit.joined(separator: ", ") + "."
        var out = SVG.open(
            width: Int(left + 2 * cellWidth + 4), height: Int(top + 2 * cellHeight + 4),
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
                    out += SVG.text(
                        (on ? "● " : "○ ") + nature.libelle, x: x + cellWidth / 2, y: nameY, anchor: "middle",
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
