/// One version of a monograph's file as the versions' history reads it: the monograph, the file split
/// into front matter and body, and the front matter cut at its top-level keys.
struct MonographText {
    let monograph: Monograph
    let split: SplitFile
    /// Each top-level key's lines, as written; nil when the front matter cannot be cut by lines.
    let keys: [String: Substring]?

    init(_ monograph: Monograph, _ split: SplitFile) {
        self.monograph = monograph
        self.split = split
        keys = split.frontMatter.flatMap(Self.cut)
    }

    /// The lines of each top-level key of `yaml`, each key with the lines under it (values, comments,
    /// blank lines), when the text is a plain mapping at column 0; nil otherwise (a key in quotes, a
    /// flow mapping, a key written twice), and the version is then read whole.
    static func cut(_ yaml: String) -> [String: Substring]? {
        let bytes = yaml.utf8
        var blocks: [String: Substring] = [:]
        var key: String?
        var start = bytes.startIndex
        var lineStart = bytes.startIndex
        func close(at end: String.Index) -> Bool {
            guard let key else { return true }
            return blocks.updateValue(yaml[start..<end], forKey: key) == nil
        }
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.endIndex
            switch bytes[lineStart] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "#"): break
            case UInt8(ascii: "-") where key != nil: break
            default:
                guard let name = Self.key(bytes[lineStart..<lineEnd]), close(at: lineStart) else { return nil }
                key = name
                start = lineStart
            }
            lineStart = lineEnd
        }
        return close(at: bytes.endIndex) ? blocks : nil
    }

    /// The key a line at column 0 opens, `nom:` or `nom: valeur`; nil for anything else.
    private static func key(_ line: Substring.UTF8View) -> String? {
        func isName(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
        let name = line.prefix(while: isName)
        guard let first = name.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return nil }
        let rest = line[name.endIndex...].drop { $0 == UInt8(ascii: " ") }
        guard rest.first == UInt8(ascii: ":") else { return nil }
        switch rest.dropFirst().first {
        case nil, UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"): return String(Substring(name))
        default: return nil
        }
    }
}

extension ContentReader {
    /// The version of a monograph in `file`, an older version of the file `newer` was read from. Only
    /// what differs is read again: the body when its text differs, and of the front matter the top-level
    /// keys whose lines differ (with `redaction`, whose marks are checked against the sections), the
    /// other fields being the newer version's. A front matter that cannot be cut by lines, or keys that
    /// do not read on their own, are read with the whole file, as the loader would. Nil when the version
    /// does not read (an id since removed from the referentiel, a YAML error).
    func monograph(_ file: SourceFile, olderThan newer: MonographText) -> MonographText? {
        guard case .success(let split) = SplitFile.split(file) else { return nil }
        let whole: () -> MonographText? = {
            var bag = DiagnosticBag()
            return monograph(file, slug: newer.monograph.slug, &bag).map { MonographText($0, split) }
        }
        let older = MonographText(newer.monograph, split)
        guard let oldKeys = older.keys, let newKeys = newer.keys else { return whole() }
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
        if changed.isEmpty && !bodyChanged && split.frontMatterFirstLine == newer.split.frontMatterFirstLine
            && oldKeys["numero"]?.startIndex == newKeys["numero"]?.startIndex
        {
            return MonographText(version, split)
        }
        // `redaction`'s marks are checked against the sections; `numero` keeps its place in the file.
        for key in ["numero", "redaction"] where !changed.contains(key) { changed.append(key) }
        // The keys read again, each on its own lines, the others' lines left blank: what is read
        // stands where it stands in the file.
        var yaml = ""
        var end = split.frontMatter!.startIndex
        for block in changed.compactMap({ oldKeys[$0] }).sorted(by: { $0.startIndex < $1.startIndex }) {
            yaml += String(repeating: "\n", count: split.frontMatter![end..<block.startIndex].utf8.count { $0 == UInt8(ascii: "\n") })
            yaml += block
            end = block.endIndex
        }
        if !yaml.isEmpty && !yaml.hasSuffix("\n") { yaml += "\n" }
        guard let node = reader.compose(yaml.allSatisfy { $0 == "\n" } ? "{}" : yaml),
            var f = reader.fields(node, allowed: FrontMatter.monograph.keys, what: FrontMatter.monograph.place)
        else { return whole() }
        f.group = FrontMatter.monograph
        // A required key that the older version lacks: the file does not read.
        if FrontMatter.monograph.requiredKeys.contains(where: { changed.contains($0) && f[$0] == nil }) { return nil }
        for key in FrontMatter.monograph.keys where changed.contains(key) { read(key, of: f, into: &version, &reader) }
        return reader.bag.hasErrors ? nil : MonographText(version, split)
    }
}
