/// French typography over HTML the generator writes itself (its own sentences around the content's):
/// the rules of `apply` on every text node and on the attributes a reader is given (`aria-label`,
/// `title`, `alt`, `placeholder`), and a straight apostrophe between two letters made curly.
///
/// Tags, comments, character references and the content of `script`, `style`, `pre`, `code` and
/// `textarea` are left as they are. Text already set (the content's, rendered by `Markdown`) comes out
/// unchanged, so a fragment mixing both can go through whole.
extension FrenchTypography {
    /// `html` with French typography in its text. With `mustache`, `{{…}}` tags are kept as they are
    /// (a template's source, set once when it is loaded).
    package static func html(_ html: String, mustache: Bool = false) -> String {
        guard hasMarks(html.utf8) || html.utf8.contains(0x27) || html.utf8.contains(0x26) else { return html }
        var scanner = HTMLScanner(bytes: Array(html.utf8), mustache: mustache)
        return String(decoding: scanner.run(), as: UTF8.self)
    }
}

/// Walks HTML once, copying markup and passing each run of text through the typography.
private struct HTMLScanner {
    let bytes: [UInt8]
    let mustache: Bool
    var out: [UInt8] = []
    var i = 0
    /// The text being gathered, with each opaque piece (a character reference, a Mustache tag)
    /// replaced by one private-use scalar, and those pieces in order.
    var text: [UInt8] = []
    var pieces: [ArraySlice<UInt8>] = []

    /// Stands for an opaque piece inside a run: neither a letter nor a space, so the rules leave it be.
    static let placeholder: [UInt8] = [0xEE, 0x80, 0x81]  // U+E001
    static let skipped: [[UInt8]] = ["script", "style", "pre", "code", "textarea"].map { Array($0.utf8) }
    static let readAttributes: [[UInt8]] = ["aria-label", "title", "alt", "placeholder"].map { Array($0.utf8) }
    /// The last letters of those names: most attributes (`class`, `href`, `id`) end otherwise.
    static let readAttributeEnds: [UInt8] = readAttributes.compactMap(\.last)

    init(bytes: [UInt8], mustache: Bool) {
        self.bytes = bytes
        self.mustache = mustache
        out.reserveCapacity(bytes.count + 64)
    }

    mutating func run() -> [UInt8] {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3C, let end = markupEnd(from: i) {  // <
                flush()
                let name = tagName(at: i)
                copyTag(i..<end)
                i = end
                if let name, Self.skipped.contains(where: { $0.elementsEqual(name) }) { skipContent(of: name) }
            } else if mustache && startsWith("{{", at: i), let end = find("}}", from: i + 2) {
                opaque(i..<(bytes[end...].starts(with: "}}}".utf8) ? end + 3 : end + 2))
            } else if b == 0x26, let end = referenceEnd(from: i) {  // &
                if bytes[i..<end].elementsEqual("&#39;".utf8) && isLetterBefore() && isLetter(at: end) {
                    text.append(contentsOf: [0xE2, 0x80, 0x99])  // ’
                    i = end
                } else {
                    opaque(i..<end)
                }
            } else if b == 0x27 && isLetterBefore() && isLetter(at: i + 1) {
                text.append(contentsOf: [0xE2, 0x80, 0x99])
                i += 1
            } else {
                // Text up to the next byte that may start something else, taken at once.
                let end = nextSpecial(after: i)
                text.append(contentsOf: bytes[i..<end])
                i = end
            }
        }
        flush()
        return out
    }

    /// The first byte after `start` that may open markup, a reference, an apostrophe or (in a template) a
    /// Mustache tag; the end of the bytes when none does.
    func nextSpecial(after start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var k = start + 1
            while k < buffer.count {
                let b = buffer[k]
                if b == 0x3C || b == 0x26 || b == 0x27 || (mustache && b == 0x7B) { return k }
                k += 1
            }
            return k
        }
    }

    /// Ends the run of text: typography, then the opaque pieces put back.
    mutating func flush() {
        guard !text.isEmpty else { return }
        let set = FrenchTypography.hasMarks(text) ? FrenchTypography.apply(utf8: text) : text
        // The runs between placeholders are copied whole.
        var k = 0, p = 0, copied = 0
        while p < pieces.count, k + 2 < set.count {
            if set[k] == 0xEE && set[k + 1] == 0x80 && set[k + 2] == 0x81 {
                out.append(contentsOf: set[copied..<k])
                out.append(contentsOf: pieces[p])
                p += 1
                k += 3
                copied = k
            } else {
                k += 1
            }
        }
        out.append(contentsOf: set[copied...])
        text.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
    }

    mutating func opaque(_ range: Range<Int>) {
        text.append(contentsOf: Self.placeholder)
        pieces.append(bytes[range])
        i = range.upperBound
    }

    /// Copies a tag, setting the values of the attributes a reader is given.
    mutating func copyTag(_ range: Range<Int>) {
        // Copied in runs, up to each value to set.
        var k = range.lowerBound, copied = k
        while k < range.upperBound {
            let b = bytes[k]
            if b != 0x3D && b != 0x7B {  // neither = nor {
                k += 1
                continue
            }
            if b == 0x3D, k + 1 < range.upperBound, bytes[k + 1] == 0x22, isReadAttribute(endingAt: k),  // ="
                let close = bytes[(k + 2)..<range.upperBound].firstIndex(of: 0x22)
            {
                out.append(contentsOf: bytes[copied..<(k + 2)])
                var value = HTMLScanner(bytes: Array(bytes[(k + 2)..<close]), mustache: mustache)
                out.append(contentsOf: value.run())
                out.append(0x22)
                k = close + 1
                copied = k
            } else if mustache && startsWith("{{", at: k), let end = find("}}", from: k + 2), end < range.upperBound {
                // A Mustache tag is copied as it is, whatever it holds.
                k = end + 2
            } else {
                k += 1
            }
        }
        out.append(contentsOf: bytes[copied..<range.upperBound])
    }

    /// Copies what follows a `script`, `style`, `pre`, `code` or `textarea` tag up to its end tag, as is.
    mutating func skipContent(of name: ArraySlice<UInt8>) {
        let end = Array("</".utf8) + name
        var k = i
        while k < bytes.count {
            if bytes[k] == 0x3C && k + end.count <= bytes.count
                && zip(bytes[k..<(k + end.count)], end).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            {
                break
            }
            k += 1
        }
        out.append(contentsOf: bytes[i..<k])
        i = k
    }

    /// The end (after `>`) of the tag, end tag, comment or declaration starting at `start`; nil for a
    /// `<` that starts none (text).
    func markupEnd(from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        if startsWith("<!--", at: start) { return find("-->", from: start + 4).map { $0 + 3 } }
        let next = bytes[start + 1]
        guard isASCIILetter(next) || next == 0x2F || next == 0x21 else { return nil }  // letter, / or !
        var k = start + 1
        var quote: UInt8? = nil
        while k < bytes.count {
            let b = bytes[k]
            if let q = quote {
                if b == q { quote = nil }
            } else if b > 0x3E && b != 0x7B {
                // A letter, a digit… (most of a tag): nothing to look at.
            } else if b == 0x22 || b == 0x27 {
                // A quote opens a value only after `=`; an apostrophe elsewhere is text of a Mustache tag.
                if k > 0 && bytes[k - 1] == 0x3D { quote = b }
            } else if b == 0x3E {
                return k + 1
            } else if mustache && startsWith("{{", at: k), let end = find("}}", from: k + 2) {
                k = end + 2
                continue
            }
            k += 1
        }
        return nil
    }

    /// The lowercase-insensitive name of the start tag at `start` (nil for an end tag, comment…).
    func tagName(at start: Int) -> ArraySlice<UInt8>? {
        var k = start + 1
        guard k < bytes.count, isASCIILetter(bytes[k]) else { return nil }
        while k < bytes.count && (isASCIILetter(bytes[k]) || (bytes[k] >= 0x30 && bytes[k] <= 0x39)) { k += 1 }
        return bytes[(start + 1)..<k]
    }

    func isReadAttribute(endingAt equals: Int) -> Bool {
        guard equals > 0, Self.readAttributeEnds.contains(bytes[equals - 1]) else { return false }
        return Self.readAttributes.contains { name in
            let start = equals - name.count
            return start > 0 && bytes[start..<equals].elementsEqual(name) && (bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A)
        }
    }

    /// The end (after `;`) of the character reference at `start`, if it is one.
    func referenceEnd(from start: Int) -> Int? {
        var k = start + 1
        while k < bytes.count && k - start <= 32 {
            let b = bytes[k]
            if b == 0x3B { return k > start + 1 ? k + 1 : nil }
            guard isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x23 else { return nil }
            k += 1
        }
        return nil
    }

    func isLetterBefore() -> Bool {
        guard let last = text.last else { return false }
        if last < 0x80 { return isASCIILetter(last) }
        var start = text.count - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: text[start...], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    func isLetter(at k: Int) -> Bool {
        guard k < bytes.count else { return false }
        if bytes[k] < 0x80 { return isASCIILetter(bytes[k]) }
        var end = k + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[k..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    func startsWith(_ s: String, at k: Int) -> Bool { bytes[k...].starts(with: s.utf8) }

    func find(_ s: String, from k: Int) -> Int? {
        let needle = Array(s.utf8)
        var j = k
        while j + needle.count <= bytes.count {
            if bytes[j] == needle[0] && bytes[j..<(j + needle.count)].elementsEqual(needle) { return j }
            j += 1
        }
        return nil
    }
}
