import MonographCore

/// A timeline of a network's cycles: one marker per cycle on a time axis, labelled with its start.
package enum Timeline {
    package static func render(title: String, cycles: [(start: Int, approximate: Bool, label: String)]) -> String {
        let description = cycles.enumerated().map {
            "Cycle \($0.offset + 1) : \(Format.year($0.element.start, approximate: $0.element.approximate)), \($0.element.label)"
        }
        .joined(separator: " ; ")
        // Drawn for a phone and for a wide column (`SVG.Size`), where the years spread out over more room.
        return SVG.chart(
            title: title, description: description, className: "frise-cycles",
            narrow: layout(cycles, width: SVG.Size.narrowWidth), wide: layout(cycles, width: SVG.Size.wideWidth))
    }

    private static func layout(_ cycles: [(start: Int, approximate: Bool, label: String)], width: Double) -> SVG.Layout {
        // Markers keep `gap` apart, the widest label and a margin, so that labels never overlap.
        let years = cycles.map { Format.year($0.start, approximate: $0.approximate) }
        let widest = max(years.map { TextWidth.of($0, bold: true) }.max() ?? 0, TextWidth.of("Cycle 10"))
        let left = 30.0, right = 30.0, axis = 50.0, gap = (widest + 10).rounded(.up)
        let starts = cycles.map(\.start)
        let first = (starts.min() ?? 1900), last = max(starts.max() ?? 2000, first + 1)
        let span = Double(last - first)
        var xs = cycles.map { cycles.count == 1 ? width / 2 : left + (width - left - right) * Double($0.start - first) / span }
        for i in xs.indices.dropFirst() { xs[i] = max(xs[i], xs[i - 1] + gap) }
        if let end = xs.indices.last, cycles.count > 1 {
            xs[end] = min(xs[end], width - right)
            for i in xs.indices.dropLast().reversed() { xs[i] = max(left, min(xs[i], xs[i + 1] - gap)) }
        }
        var out = "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(axis))\" x2=\"\(SVG.n(width - right))\" y2=\"\(SVG.n(axis))\" class=\"axe\"/>"
        for index in cycles.indices {
            let x = xs[index]
            out += "<circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(axis))\" r=\"11\" class=\"jalon\"/>"
            out += SVG.text(String(index + 1), x: x, y: axis + 4.5, anchor: "middle", className: "jalon-numero")
            let anchor = index == 0 && cycles.count > 1 ? "start" : (index == cycles.count - 1 && cycles.count > 1 ? "end" : "middle")
            let labelX = anchor == "start" ? x - 11 : (anchor == "end" ? x + 11 : x)
            out += SVG.text(years[index], x: labelX, y: axis - 20, anchor: anchor, className: "valeur")
            out += SVG.text("Cycle \(index + 1)", x: labelX, y: axis + 33, anchor: anchor, className: "etiquette")
        }
        return SVG.Layout(width: width, height: 100, body: out)
    }
}
