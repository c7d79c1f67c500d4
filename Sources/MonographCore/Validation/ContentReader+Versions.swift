/// One version of a monograph's file as the versions' history reads it: the monograph, the file split
/// into front matter and body, and the front matter cut at its top-level keys.
struct MonographText {
    let monograph: Monograph
    let split: SplitFile
    /// Each top-level key's lines, as written; nil when the front matter cannot be cut by lines.
    let keys: [String: Substring]?

    /// `keys`, when given, are the front matter's as `cut` gives them.
    init(_ monograph: Monograph, _ split: SplitFile, keys: [String: Substring]?? = nil) {
        self.monograph = monograph
        self.split = split
        self.keys = keys ?? split.frontMatter.flatMap(Self.cut)
    }

    /// The lines of each top-level key of `yaml`, each key with the lines under it (values, comments,
    /// blank lines), when the text is a plain mapping at column 0; nil otherwise (a key in quotes, a
    /// flow mapping, a key written twice), and the version is then read whole.
    static func cut(_ yaml: String) -> [String: Substring]? {
        var yaml = yaml
        // Scanned as bytes: a top-level key's line starts with an ASCII letter, never inside a character.
        let ranges = yaml.withUTF8 { bytes -> [(key: String, start: Int, end: Int)]? in
            var ranges: [(key: String, start: Int, end: Int)] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                if lineEnd < bytes.count { lineEnd += 1 }
                switch bytes[lineStart] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "#"): break
                case UInt8(ascii: "-") where !ranges.isEmpty: break
                default:
                    guard let name = Self.key(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) else { return nil }
                    if let last = ranges.indices.last { ranges[last].end = lineStart }
                    ranges.append((name, lineStart, bytes.count))
                }
                lineStart = lineEnd
            }
            return ranges
        }
        guard let ranges else { return nil }
        var blocks: [String: Substring] = Dictionary(minimumCapacity: ranges.count)
        let utf8 = yaml.utf8
        for range in ranges {
            let start = utf8.index(utf8.startIndex, offsetBy: range.start), end = utf8.index(utf8.startIndex, offsetBy: range.end)
            guard blocks.updateValue(yaml[start..<end], forKey: range.key) == nil else { return nil }
        }
        return blocks
    }

    /// The key a line at column 0 opens, `nom:` or `nom: valeur`; nil for anything else.
    private static func key(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        func isName(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
        var end = 0
        while end < line.count && isName(line[end]) { end += 1 }
        guard end > 0, !(line[0] >= UInt8(ascii: "0") && line[0] <= UInt8(ascii: "9")) else { return nil }
        var colon = end
        while colon < line.count && line[colon] == UInt8(ascii: " ") { colon += 1 }
        guard colon < line.count, line[colon] == UInt8(ascii: ":") else { return nil }
        guard colon + 1 == line.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(line[colon + 1]) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: line[..<end]), as: UTF8.self)
    }
}

extension ContentReader {
    /// The monograph in `file`, read whole as the loader reads it, with its text; nil when it does not read.
    func monographText(_ file: SourceFile, slug: String) -> MonographText? {
        var bag = DiagnosticBag()
        guard let monograph = monograph(file, slug: slug, &bag), case .success(let split) = SplitFile.split(file) else { return nil }
        return MonographText(monograph, split)
    }

    /// The version of a monograph in `file`, an older version of the file `newer` was read from. Only
    /// what differs is read again: the body when its text differs, and of the front matter the top-level
    /// keys whose lines differ (with `redaction`, whose marks are checked against the sections), the
    /// other fields being the newer version's. A front matter that cannot be cut by lines, or keys that
    /// do not read on their own, are read with the whole file, as the loader would. Nil when the version
    /// does not read (an id since removed from the referentiel, a YAML error).
    package func monograph(_ file: SourceFile, olderThan newer: MonographText) -> MonographText? {
        guard case .success(let split) = SplitFile.split(file) else { return nil }
        guard let oldKeys = split.frontMatter.flatMap(MonographText.cut), let newKeys = newer.keys else {
            return monographText(file, slug: newer.monograph.slug)
        }
        var version = newer.monograph
        var reader = NodeReader(file: file.path, lineOffset: split.frontMatterFirstLine - 1)
        let bodyChanged = split.body != newer.split.body
        if bodyChanged {
            let source = MarkdownSource(text: split.body, firstLine: split.bodyFirstLine)
            version.body = SectionedBody.split(source, file: file.path, options: markdown, bag: &reader.bag)
            if reader.bag.hasErrors { return nil }
        } else if split.bodyFirstLine != newer.split.bodyFirstLine {
            let shift = split.bodyFirstLine - newer.split.bodyFirstLine
            for index in version.body.views.indices { version.body.views[index].line += shift }
        }
        var changed = FrontMatter.monograph.keys.filter { oldKeys[$0] != newKeys[$0] }
        if !bodyChanged && split.frontMatter == newer.split.frontMatter { return MonographText(version, split, keys: oldKeys) }
        // `redaction`'s marks are checked against the sections; `numero` keeps its place in the file.
        for key in ["numero", "redaction"] where !changed.contains(key) { changed.append(key) }
        // The keys read again, each on its own lines, the others' lines left blank: what is read
        // stands where it stands in the file.
        var yaml = ""
        var end: String.Index?
        for block in changed.compactMap({ oldKeys[$0] }).sorted(by: { $0.startIndex < $1.startIndex }) {
            let before = block.base[(end ?? block.base.startIndex)..<block.startIndex]
            yaml += String(repeating: "\n", count: before.utf8.count { $0 == UInt8(ascii: "\n") })
            yaml += block
            end = block.endIndex
        }
        if !yaml.isEmpty && !yaml.hasSuffix("\n") { yaml += "\n" }
        guard let node = reader.compose(yaml.allSatisfy { $0 == "\n" } ? "{}" : yaml),
            var f = reader.fields(node, allowed: FrontMatter.monograph.keys, what: FrontMatter.monograph.place)
        else { return monographText(file, slug: newer.monograph.slug) }
        f.group = FrontMatter.monograph
        // A required key that the older version lacks: the file does not read.
        if FrontMatter.monograph.requiredKeys.contains(where: { changed.contains($0) && f[$0] == nil }) { return nil }
        for key in FrontMatter.monograph.keys where changed.contains(key) { read(key, of: f, into: &version, &reader) }
        return reader.bag.hasErrors ? nil : MonographText(version, split, keys: oldKeys)
    }
}
