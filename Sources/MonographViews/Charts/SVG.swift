import Foundation
import MonographCore

/// Small helpers to write accessible inline SVG charts deterministically.
enum SVG {
    /// One drawing of a chart: its size in SVG units and its shapes.
    struct Layout {
        var width: Double
        var height: Double
        var body: String
    }

    /// The sizes every chart is drawn for, in SVG units (one unit is one CSS pixel at scale 1).
    ///
    /// Why two drawings rather than one scaled to the column: a drawing scaled to fit a phone shrinks its
    /// text below 12 px, and one scaled to fill a wide column makes it huge. So a chart is drawn for a phone
    /// first (`narrow`, at most `narrowWidth` units, labels on their own line above their bars or cells) and,
    /// when the layout gains from room, a second time for a wide column (`wide`, at most `wideWidth`, labels
    /// beside their rows). Both drawings sit in one `<svg role="img">`, with one name, one description and
    /// the table right after it; the stylesheet shows one of them by the width of the screen and scales it
    /// between 12/13 and 16/13 of its size (`--etroit-min`, `--etroit-max`…, written here), so that the
    /// 13-unit text (`TextWidth.chartSize`) reads at 12 to 16 px from a 360 px phone to a 1920 px screen.
    /// Where the column is narrower than the smallest scale allows, the figure scrolls sideways.
    enum Size {
        /// 360 px less the page's padding (2 × 20) and a figure's padding and border (2 × 13): 294 px.
        static let narrowWidth = 288.0
        /// Shown on screens of 44rem (704 px) and more, whose column is about 704 − 74 = 630 px wide or more.
        static let wideWidth = 640.0
        /// The narrowest column the wide drawing is shown in (see `wideWidth`).
        static let switchWidth = 630.0
    }

    /// A chart of one or two drawings (see `Size`) in an `<svg>` with `role="img"`, a `<title>` and a `<desc>`.
    /// The title is the chart's text alternative as RGAA 4.1 defines it for `<svg>` (criterion 1.1, test
    /// 1.1.5): an `aria-label`, which needs no id, as the same view may appear on several pages. Each
    /// chart's detailed description (criterion 1.6) is the text or table placed right after it.
    /// The outer size and the custom properties give the stylesheet each drawing's proportions.
    static func chart(title: String, description: String, className: String, narrow: Layout, wide: Layout? = nil) -> String {
        let w = n(narrow.width.rounded(.up)), h = n(narrow.height.rounded(.up))
        var style = "--etroit: \(w) / \(h); " + bounds(narrow, "etroit")
        if let wide { style += " --large: \(n(wide.width.rounded(.up))) / \(n(wide.height.rounded(.up))); " + bounds(wide, "large") }
        var out =
            "<svg class=\"graphique \(className)\(wide == nil ? "" : " a-deux-dessins")\" width=\"\(w)\" height=\"\(h)\" style=\"\(style)\" role=\"img\" "
            + "aria-label=\"\(Text.escapeHTML(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title>\(Text.escapeHTML(title))</title><desc>\(Text.escapeHTML(description))</desc>"
        out += drawing(narrow, className: "graphique-etroit")
        // Hidden by an attribute, which the stylesheet overrides: without it, the phone drawing alone shows.
        if let wide { out += drawing(wide, className: "graphique-large", hidden: true) }
        return out + "</svg>\n"
    }

    /// The narrowest and widest a drawing is shown: its 13-unit text at 12 and 16 px, in tenths of a pixel.
    private static func bounds(_ layout: Layout, _ name: String) -> String {
        let width = layout.width.rounded(.up)
        let smallest = (width * 120 / TextWidth.chartSize).rounded(.up) / 10
        let largest = (width * 160 / TextWidth.chartSize).rounded(.down) / 10
        return "--\(name)-min: \(n(smallest))px; --\(name)-max: \(n(largest))px;"
    }

    private static func drawing(_ layout: Layout, className: String, hidden: Bool = false) -> String {
        let w = n(layout.width.rounded(.up)), h = n(layout.height.rounded(.up))
        return
            "<svg class=\"\(className)\" viewBox=\"0 0 \(w) \(h)\" width=\"100%\" height=\"100%\"\(hidden ? " display=\"none\"" : "") preserveAspectRatio=\"xMinYMin meet\">"
            + layout.body + "</svg>"
    }

    /// A text; `rotation` (degrees) turns it around its anchor point, -90 to read it from bottom to top.
    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", className: String = "",
        rotation: Double? = nil
    ) -> String {
        let cls = className.isEmpty ? "" : " class=\"\(className)\""
        let turn = rotation.map { " transform=\"rotate(\(n($0)) \(n(x)) \(n(y)))\"" } ?? ""
        let align = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\"\(align)\(cls)\(turn)>\(Text.escapeHTML(content))</text>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, className: String) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\" height=\"\(n(max(height, 0)))\" class=\"\(className)\"/>"
    }

    /// A number with at most one decimal, so output never depends on floating-point printing details.
    static func n(_ value: Double) -> String {
        // Tenths as an integer, printed without Foundation's formatter (charts print thousands of numbers).
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
