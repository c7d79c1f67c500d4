import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Charts are laid out around their texts as a browser draws them: no label is cut at the edge of its
/// chart, whatever its length (`make audit` measures the same in Chromium).
@Suite struct ChartTests {
    /// Every `<text>` of an SVG with its position, anchor, rotation, class and content.
    struct DrawnText {
        var x, y: Double
        var anchor: String
        var rotated: Bool
        var bold: Bool
        var content: String
    }

    /// Each drawing of a chart (see `SVG.Size`): its size and its texts, placed by the groups they are in.
    static func drawings(_ svg: String) throws -> [(width: Double, height: Double, texts: [DrawnText])] {
        let pattern = #/<svg class="graphique-(?:etroit|large)" viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>(.*?)</svg>/#
        let found = svg.matches(of: pattern).map { ($0.1, $0.2, $0.3) }
        try #require(!found.isEmpty)
        return found.map { width, height, body in (Double(width)!, Double(height)!, texts(in: String(body))) }
    }

    /// The texts of one drawing's body, with the offsets of the `translate` groups around them.
    static func texts(in body: String) -> [DrawnText] {
        let pattern =
            #/<g transform="translate\(([-\d.]+) ([-\d.]+)\)">|</g>|<text x="([-\d.]+)" y="([-\d.]+)"(?: text-anchor="(\w+)")?(?: class="([^"]*)")?( transform="rotate[^"]*")?>([^<]*)</text>/#
        var offsets: [(Double, Double)] = [(0, 0)]
        var texts: [DrawnText] = []
        for m in body.matches(of: pattern) {
            if let dx = m.1, let dy = m.2 {
                offsets.append((offsets.last!.0 + Double(dx)!, offsets.last!.1 + Double(dy)!))
            } else if let x = m.3, let y = m.4 {
                let cls = m.6.map(String.init) ?? ""
                texts.append(
                    DrawnText(
                        x: Double(x)! + offsets.last!.0, y: Double(y)! + offsets.last!.1, anchor: m.5.map(String.init) ?? "start",
                        rotated: m.7 != nil,
                        bold: ["valeur", "entete", "nature-active"].contains { cls.split(separator: " ").map(String.init).contains($0) },
                        content: Text.unescapeHTMLForTests(String(m.8 ?? ""))))
            } else {
                offsets.removeLast()
            }
        }
        return texts
    }

    /// The texts of every drawing of a chart.
    static func texts(_ svg: String) throws -> (width: Double, height: Double, texts: [DrawnText]) {
        let all = try drawings(svg)
        return (all[0].width, all[0].height, all.flatMap(\.texts))
    }

    /// The texts whose extent along their line lies outside their drawing.
    static func cut(_ svg: String) throws -> [String] {
        try drawings(svg).flatMap { width, height, texts in
            texts.compactMap { t in
                let length = TextWidth.of(t.content, bold: t.bold)
                let start = t.anchor == "end" ? -length : t.anchor == "middle" ? -length / 2 : 0
                if t.rotated {
                    // Turned by -90° around its anchor: it runs upwards from y.
                    return t.y - (start + length) >= -0.05 && t.y - start <= height + 0.05 ? nil : t.content
                }
                return t.x + start >= -0.05 && t.x + start + length <= width + 0.05 ? nil : t.content
            }
        }
    }

    /// Phone drawings fit a 360 px screen's column at scale 1; wide ones show their text at 12 px at least
    /// from the width where the stylesheet switches to them.
    static func sizesFit(_ svg: String) throws -> Bool {
        try drawings(svg).enumerated().allSatisfy { index, drawing in
            index == 0 ? drawing.width <= SVG.Size.narrowWidth : SVG.Size.switchWidth / drawing.width * TextWidth.chartSize >= 12
        }
    }

    @Test(arguments: ["Accompagnement personnalisé", "Mise en réseau et animation", String(repeating: "W", count: 60), "Émergence"])
    func heatMapLabelsFitWhateverTheirLength(label: String) throws {
        let svg = HeatMap.render(
            title: "t", description: "d", columns: ["National", label, "Départemental"],
            rows: [(label, [1, 2, 0]), ("Plaidoyer", [0, 1, 1])], scale: .intensity)
        #expect(try Self.cut(svg) == [])
        #expect(try Self.sizesFit(svg))
        let drawn = try Self.texts(svg).texts
        #expect(drawn.contains { $0.content.hasPrefix(String(label.prefix(8))) })
    }

    /// RGAA 4.1, test 1.1.5: a chart (`<svg role="img">`) has its text alternative in `aria-label`, its title
    /// escaped; `<title>` alone is not one for `<svg>`.
    @Test func everyChartHasItsTitleAsTextAlternative() {
        let title = "Natures de l'innovation de « A & B » <c>"
        let svg = RameauGrid.render(natures: [], values: [:], highlighted: [], title: title)
        #expect(svg.contains("role=\"img\" aria-label=\"Natures de l&#39;innovation de « A &amp; B » &lt;c&gt;\""))
        #expect(svg.contains("<title>Natures de l&#39;innovation de « A &amp; B » &lt;c&gt;</title>"))
    }

    @Test func barChartLabelsAndValuesFit() throws {
        let svg = BarChart.panels(
            title: "t", description: "d", categories: ["Expérimentation", String(repeating: "m", count: 50)],
            measures: [
                .init(heading: "Réseaux ayant une action à l’étape", singular: "réseau", plural: "réseaux", values: [2_000, 3]),
                .init(heading: "Actions rattachées à l’étape", singular: "action", plural: "actions", values: [12_345, 0]),
            ])
        // Two drawings × two panels × (heading, then a label and a value per category).
        #expect(try Self.texts(svg).texts.count == 2 * 2 * 5)
        #expect(try Self.cut(svg) == [])
        #expect(try Self.sizesFit(svg))
        // Each panel has its own scale: the largest value of each fills its track.
        #expect(svg.contains("12\u{202F}345 actions"))
        #expect(svg.contains("2\u{202F}000 réseaux"))
    }

    static let natures = [
        ReferenceItem(id: "invention", libelle: "Invention", objet: "solutions", logique: "nouveaute"),
        ReferenceItem(id: "extension", libelle: "Extension", objet: "solutions", logique: "adaptation"),
        ReferenceItem(id: "transformation", libelle: "Transformation", objet: "processus", logique: "nouveaute"),
        ReferenceItem(id: "optimisation", libelle: "Optimisation", objet: "processus", logique: "adaptation"),
    ]

    /// A nature with no network is drawn empty, and says so in words, not by its colour alone.
    @Test func anEmptyNatureIsDrawnEmpty() throws {
        let svg = RameauGrid.render(
            natures: Self.natures,
            values: [
                "invention": "2 réseaux, 1 cycle", "extension": "1 réseau, aucun cycle", "transformation": "1 réseau, 2 cycles",
                "optimisation": "aucun réseau, 1 cycle",
            ],
            highlighted: ["invention", "extension", "transformation"], title: "Natures")
        #expect(svg.components(separatedBy: "class=\"case-active\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "class=\"case-inactive\"").count - 1 == 1)
        #expect(svg.contains("class=\"valeur-vide\">aucun réseau</text>"))
        #expect(svg.contains("class=\"nature-inactive\">Optimisation</text>"))
        #expect(try Self.cut(svg) == [])
        #expect(try Self.sizesFit(svg))
    }

    @Test(arguments: [1, 3, 4])
    func timelineFitsAPhone(cycles: Int) throws {
        let svg = Timeline.render(
            title: "Frise", cycles: (0..<cycles).map { (start: 1945 + 25 * $0, approximate: $0 % 2 == 0, label: "Cycle") })
        #expect(try Self.cut(svg) == [])
        #expect(try Self.sizesFit(svg))
        #expect(try Self.drawings(svg).count == 2)
    }

    /// Two drawings in one chart: one name, one description, the wide one hidden until the stylesheet shows it.
    @Test func aChartHasOneNameForItsTwoDrawings() throws {
        let svg = HeatMap.render(
            title: "Carte", description: "d", columns: ["National", "Régional"], rows: [("Plaidoyer", [1, 2])], scale: .intensity)
        #expect(svg.components(separatedBy: "role=\"img\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "<title>").count - 1 == 1)
        #expect(svg.contains("<svg class=\"graphique-large\" viewBox=\"0 0 "))
        #expect(svg.contains("display=\"none\""))
        #expect(svg.contains("--etroit-min: 265.9px; --etroit-max: 354.4px;"))
        #expect(try Self.sizesFit(svg))
    }

    @Test func theOldEstimateCutTheLongestFunctionLabel() {
        // 6.6 px a character was the estimate before: DejaVu Sans draws this label wider.
        #expect(TextWidth.of("Accompagnement personnalisé") > 6.6 * 27)
        #expect(TextWidth.fitting(String(repeating: "W", count: 60), in: 100).hasSuffix("…"))
        #expect(TextWidth.of(TextWidth.fitting(String(repeating: "W", count: 60), in: 100)) <= 100)
    }

    /// On a monograph page, a grid of one level is its table alone; a grid of several levels keeps its
    /// table one click away.
    @Test func practicesGridKeepsItsTableOneClickAway() throws {
        let oneLevel = "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n  - echelon: national\n    fonction: ingenierie"
        let twoLevels = oneLevel + "\n  - echelon: regional\n    fonction: plaidoyer"
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(oneLevel),
            "reseaux/delta.md": monograph(twoLevels).replacingOccurrences(of: "nom: Gamma", with: "nom: Delta"),
        ])
        let files = try site.builder().render().get()
        func section(_ slug: String) throws -> String {
            let data = try #require(files["reseaux/\(slug)/index.html"])
            let page = String(decoding: data, as: UTF8.self)
            let start = try #require(page.range(of: "<section id=\"pratiques\""))
            let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
            return String(page[start.lowerBound..<end.lowerBound])
        }
        let one = try section("gamma"), two = try section("delta")
        #expect(!one.contains("<svg"))
        #expect(!one.contains("<details"))
        #expect(one.contains("<table class=\"grille-pratiques\">"))
        #expect(two.contains("<svg"))
        #expect(
            two.contains(
                "<details class=\"vue-tableau\" data-pagefind-ignore><summary>Voir la grille en tableau</summary>\n<div class=\"tableau-defilant\" data-pagefind-ignore>\n<table class=\"grille-pratiques\">"
            ))
    }
}

extension Text {
    /// The text of an escaped SVG text node (the few entities `escapeHTML` writes).
    static func unescapeHTMLForTests(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
