internal import CCmark
import Foundation

/// A parsed CommonMark document owned by libcmark. The tree is freed with the document.
final class MarkdownDocument {
    /// A level-2 (or other) heading at the top level of the document.
    struct Heading {
        let level: Int
        let text: String
        let startLine: Int
        let startColumn: Int
        let endLine: Int
    }

    /// A fenced code block whose info string is `vue <id>`.
    struct ViewBlock {
        let id: String
        let line: Int
        let column: Int
    }

    fileprivate let root: OpaquePointer

    /// Parses `markdown`; `smartPunctuation` turns straight quotes and dashes into typographic ones, as
    /// pages show them (the open data keeps the characters as written).
    init(_ markdown: String, smartPunctuation: Bool = true) {
        var text = markdown
        let options = smartPunctuation ? CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 : CMARK_OPT_VALIDATE_UTF8
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }
    }

    deinit { cmark_node_free(root) }

    /// The headings that are direct children of the document, in order.
    var topLevelHeadings: [Heading] {
        var result: [Heading] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING {
                result.append(
                    Heading(
                        level: Int(cmark_node_get_heading_level(current)),
                        text: Self.plainText(of: current),
                        startLine: Int(cmark_node_get_start_line(current)),
                        startColumn: Int(cmark_node_get_start_column(current)),
                        endLine: Int(cmark_node_get_end_line(current))))
            }
            node = cmark_node_next(current)
        }
        return result
    }

    /// Every `vue <id>` block anywhere in the tree, in document order.
    var viewBlocks: [ViewBlock] {
        var result: [ViewBlock] = []
        walk { node in
            if let id = Self.viewID(of: node) {
                result.append(
                    ViewBlock(
                        id: id, line: Int(cmark_node_get_start_line(node)),
                        column: Int(cmark_node_get_start_column(node))))
            }
        }
        return result
    }

    /// The view id of a `vue <id>` fenced block, nil for any other node.
    fileprivate static func viewID(of node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK,
            let info = cmark_node_get_fence_info(node)
        else { return nil }
        let words = String(cString: info).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first == "vue" else { return nil }
        return words.count > 1 ? String(words[1]) : ""
    }

    /// Calls `body` on every node, parents before children. The tree must not change meanwhile.
    func walk(_ body: (OpaquePointer) -> Void) {
        Self.walk(root, body)
    }

    /// Calls `body` on every node under `root`, parents before children.
    fileprivate static func walk(_ root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
        }
    }

    /// The document's text without its markup: emphasis, links and code marks dropped, their text kept,
    /// entities and escapes decoded, raw HTML kept as written, line breaks kept; blocks are separated by
    /// a blank line and list items by a line break.
    var text: String {
        Self.text(ofBlocks: root)
    }

    private static func text(ofBlocks node: OpaquePointer) -> String {
        var blocks: [String] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: blocks.append(plainText(of: current, lineBreak: "\n", rawHTML: true))
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
                blocks.append(literal.hasSuffix("\n") ? String(literal.dropLast(1)) : literal)
            case CMARK_NODE_THEMATIC_BREAK: break
            default: blocks.append(text(ofBlocks: current))
            }
            child = cmark_node_next(current)
        }
        return blocks.joined(separator: cmark_node_get_type(node) == CMARK_NODE_LIST ? "\n" : "\n\n")
    }

    /// The concatenated literal text under `node`: for headings, line breaks as spaces and inline HTML
    /// left out; for the open data's text, line breaks kept and inline HTML as written.
    fileprivate static func plainText(of node: OpaquePointer, lineBreak: String = " ", rawHTML: Bool = false) -> String {
        var out = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { out += String(cString: literal) }
            case CMARK_NODE_HTML_INLINE:
                if rawHTML, let literal = cmark_node_get_literal(current) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += lineBreak
            default:
                out += plainText(of: current, lineBreak: lineBreak, rawHTML: rawHTML)
            }
            child = cmark_node_next(current)
        }
        return out
    }
}

/// Options for turning Markdown into HTML.
package struct MarkdownOptions: Sendable {
    /// Keep raw HTML written in Markdown (`html_brut: true`); when false, it is dropped.
    package var allowRawHTML = false

    package init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}

extension MarkdownDocument {
    /// Renders the document to HTML: French typography in text, dangerous link schemes neutralised,
    /// and each `vue <id>` block replaced by `view(id)`.
    package func html(options: MarkdownOptions, view: @Sendable (String) -> String = { _ in "" }) -> String {
        htmlWithViews(options: options).filled(view)
    }

    /// The HTML of `html(options:view:)` with each view left as a place holder, to be filled later.
    func htmlWithViews(options: MarkdownOptions) -> HTMLWithViews {
        prepareForHTML()
        return Self.render(root, options: options)
    }

    /// The document's HTML in parts, cut at its top-level level-2 headings (which are left out): the
    /// part before the first one, then the part after each. A part with no block is nil. One parse
    /// gives a monograph's lead and the prose of each of its sections.
    func htmlBySections(options: MarkdownOptions) -> [HTMLWithViews?] {
        var groups: [[OpaquePointer]] = [[]]
        var node = cmark_node_first_child(root)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING && cmark_node_get_heading_level(current) == 2 {
                groups.append([])
            } else {
                groups[groups.count - 1].append(current)
            }
            node = cmark_node_next(current)
        }
        prepareForHTML()
        return groups.map { nodes in
            guard !nodes.isEmpty, let part = cmark_node_new(CMARK_NODE_DOCUMENT) else { return nil }
            defer { cmark_node_free(part) }
            for node in nodes {
                cmark_node_unlink(node)
                cmark_node_append_child(part, node)
            }
            return Self.render(part, options: options)
        }
    }

    /// French typography in every text node, and dangerous link schemes neutralised.
    private func prepareForHTML() {
        var textNodes: [OpaquePointer] = []
        var linkNodes: [OpaquePointer] = []
        walk { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: textNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            default: break
            }
        }
        for node in textNodes { Self.applyTypography(to: node) }
        for node in linkNodes {
            if let url = cmark_node_get_url(node), URLSafety.isDangerous(String(cString: url)) {
                cmark_node_set_url(node, "")
            }
        }
    }

    /// The HTML of the tree under `root`, each `vue <id>` block replaced by a place holder.
    private static func render(_ root: OpaquePointer, options: MarkdownOptions) -> HTMLWithViews {
        var viewNodes: [(OpaquePointer, String)] = []
        Self.walk(root) { node in
            if let id = Self.viewID(of: node) { viewNodes.append((node, id)) }
        }
        for (index, (node, _)) in viewNodes.enumerated() {
            let token = "\u{E000}\(index)\u{E001}"
            let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
            let text = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(text, token)
            cmark_node_append_child(paragraph, text)
            cmark_node_replace(node, paragraph)
            cmark_node_free(node)
        }
        let flags = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let raw = cmark_render_html(root, flags) else { return HTMLWithViews(html: "", views: []) }
        defer { free(raw) }
        return HTMLWithViews(html: String(cString: raw), views: viewNodes.map(\.1))
    }
}

/// Rendered Markdown whose `vue <id>` blocks are place holders `<p>\u{E000}N\u{E001}</p>`, N being the
/// index of the view's id in `views`.
package struct HTMLWithViews: Sendable, Equatable {
    package let html: String
    package let views: [String]

    /// The HTML with each place holder replaced by `view(id)`.
    package func filled(_ view: @Sendable (String) -> String) -> String {
        guard !views.isEmpty else { return html }
        // A page may place several views over thousands of networks: they are rendered on every core.
        var replacements = Parallel.map(views, view)
        return Self.substitute(&replacements, in: html)
    }

    /// Replaces each `<p>\u{E000}N\u{E001}</p>` (or a bare `\u{E000}N\u{E001}`, a view in a tight list item)
    /// by `replacements[N]` in one pass over the HTML.
    /// (The private-use characters cannot come from content: cmark keeps them, but no writer types them
    /// around a number inside a paragraph of its own.)
    /// Each replacement is released once copied, so that large views never exist twice.
    static func substitute(_ replacements: inout [String], in html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + replacements.reduce(0) { $0 + $1.utf8.count })
        var rest = html[...]
        while let open = rest.range(of: "\u{E000}") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "\u{E001}"), let index = Int(afterOpen[..<close.lowerBound]),
                replacements.indices.contains(index)
            else {
                out += rest[..<open.upperBound]
                rest = afterOpen
                continue
            }
            // A view is a paragraph of its own; in a tight list item, where cmark writes no paragraph, it
            // stands alone in the item.
            var before = rest[..<open.lowerBound], after = afterOpen[close.upperBound...]
            if before.hasSuffix("<p>") && after.hasPrefix("</p>\n") {
                before = before.dropLast(3)
                after = after.dropFirst(5)
            }
            out += before
            out += replacements[index]
            replacements[index] = ""
            rest = after
        }
        out += rest
        return out
    }
}

extension MarkdownDocument {
    /// French typography inside one text node, and across its boundary with a preceding text sibling.
    /// Text without any of the marks (most of it) is left untouched, without a copy.
    private static func applyTypography(to node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let bytes = UnsafeRawBufferPointer(start: literal, count: strlen(literal))
        guard FrenchTypography.hasMarks(bytes) else { return }
        var text = FrenchTypography.apply(utf8: Array(bytes))
        if let first = text.first,
            first == 0x3B || first == 0x3A || first == 0x21 || first == 0x3F
                || (first == 0xC2 && text.count > 1 && text[1] == 0xBB),
            let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_TEXT,
            let previousLiteral = cmark_node_get_literal(previous)
        {
            var before = Array(UnsafeRawBufferPointer(start: previousLiteral, count: strlen(previousLiteral)))
            let space = before.last == 0x20 ? 1 : (before.count >= 2 && before[before.count - 2] == 0xC2 && before.last == 0xA0 ? 2 : 0)
            if space > 0 {
                before.removeLast(space)
                text.insert(contentsOf: [0xE2, 0x80, 0xAF], at: 0)
                before.append(0)
                before.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(previous, $0.baseAddress) } }
            }
        }
        text.append(0)
        text.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) } }
    }
}
