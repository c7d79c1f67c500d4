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
        let description = cycles.enumerated().map {
            "Cycle \($0.offset + 1) : \(Format.year($0.element.start, approximate: $0.element.approximate)), \($0.element.label)"
        }
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
