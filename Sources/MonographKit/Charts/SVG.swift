import Foundation

/// Small helpers to write accessible inline SVG charts deterministically.
enum SVG {
    /// Opens an `<svg>` with `role="img"`, a `<title>` and a `<desc>`; the caller appends the shapes and `</svg>`.
    /// The title is the chart's text alternative as RGAA 4.1 defines it for `<svg>` (criterion 1.1, test
    /// 1.1.5): an `aria-label`, which needs no id, as the same view may appear on several pages. Each
    /// chart's detailed description (criterion 1.6) is the text or table placed right after it.
    static func open(width: Int, height: Int, title: String, description: String, className: String) -> String {
        "<svg class=\"graphique \(className)\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-label=\"\(Text.escapeHTML(title))\" xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMinYMin meet\">"
            + "<title>\(Text.escapeHTML(title))</title><desc>\(Text.escapeHTML(description))</desc>"
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
