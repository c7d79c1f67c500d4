import MonographCore
import MonographViews

/// A page's layout rendered once for a family of pages that differ, besides their bodies, only in a few
/// texts (the history pages: their titles and addresses), then filled for each page: the template runs
/// once instead of once a page.
///
/// It is made only when filling it gives what rendering each page would. Each varying value is rendered
/// as a probe, a text holding letters of both cases and every character HTML escapes, and each place it
/// comes out must hold the probe as it is or escaped as Mustache escapes: a template that transforms the
/// value, or uses it other than as text, makes no shell, and the pages are then rendered one by one.
struct SharedShell: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case value(String, escaped: Bool)
        case body
    }

    private let pieces: [Piece]
    /// The values that vary from page to page.
    let varying: [String]

    /// The shell of `template` for pages whose context is `context` but for the values of `varying` and
    /// the body, placed at `key`; nil when it cannot stand for rendering each page.
    init?(_ layout: PageLayout, template: String, context: [String: Any], varying: [String], key: String = "contenu") {
        // What may come out of each probe: itself, or escaped.
        var probed = context
        var probes: [String: (name: String, escaped: Bool)] = [:]
        for (index, name) in varying.enumerated() {
            probed[name] = String(Self.open) + String(index) + Self.sample + String(Self.close)
            probes[String(index) + Self.sample] = (name, false)
            probes[String(index) + Self.escape(Self.sample)] = (name, true)
        }
        probed[key] = ProsePages.contentMarker
        var rest = Substring(layout.render(template, probed))
        var pieces: [Piece] = []
        var bodies = 0
        while let start = rest.firstIndex(where: { $0 == Self.open || $0 == ProsePages.contentMarker.first }) {
            pieces.append(.text(String(rest[..<start])))
            rest = rest[start...]
            if rest.hasPrefix(ProsePages.contentMarker) {
                pieces.append(.body)
                bodies += 1
                rest = rest.dropFirst(ProsePages.contentMarker.count)
                continue
            }
            guard let end = rest.firstIndex(of: Self.close) else { return nil }
            guard rest.first == Self.open, let found = probes[String(rest[rest.index(after: start)..<end])] else { return nil }
            pieces.append(.value(found.name, escaped: found.escaped))
            rest = rest[rest.index(after: end)...]
        }
        pieces.append(.text(String(rest)))
        guard bodies == 1 else { return nil }
        self.pieces = pieces
        self.varying = varying
    }

    /// The page with `values` (by name, each non-empty) and `body`, in the pieces a page is written in;
    /// nil if a value is missing or empty, which the probe could not stand for.
    func parts(_ values: [String: String], body: String) -> [String]? {
        guard varying.allSatisfy({ !(values[$0] ?? "").isEmpty }) else { return nil }
        var parts: [String] = [""]
        for piece in pieces {
            switch piece {
            case .text(let text): parts[parts.count - 1] += text
            case .value(let name, let escaped): parts[parts.count - 1] += escaped ? Self.escape(values[name]!) : values[name]!
            case .body: parts += [body, ""]
            }
        }
        return parts
    }

    private static let open: Character = "\u{E010}", close: Character = "\u{E011}"
    /// Letters of both cases, an accented one, and what HTML escapes.
    private static let sample = "aÉ&<>\"'"

    /// Mustache's escaping: the same characters, character by character (a mark joined to one of them
    /// makes another character, left as it is).
    static func escape(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains($0)
            })
        else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
