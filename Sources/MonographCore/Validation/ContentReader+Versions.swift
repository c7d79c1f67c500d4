import Foundation

/// One version of a monograph's file as the versions' history reads it: the monograph, the file as
/// written, and where its parts stand in it.
struct MonographText {
    let monograph: Monograph
    /// The file as written.
    let bytes: ArraySlice<UInt8>
    /// Where the front matter's top-level keys and the body stand in `bytes`; nil when the file's text is
    /// not its bytes as written (a byte-order mark, carriage returns) or its front matter cannot be cut
    /// by lines.
    let layout: Layout?
    /// The file split into front matter and body, when the version was read from its text.
    private let split: SplitFile?
    /// The front matter cut at its keys (`cut`), when already made.
    private let keys: [String: Substring]??

    /// The version of `monograph` in `bytes`; `split`, when given, is its text split, and `keys` its
    /// front matter's keys as `cut` gives them.
    init(_ monograph: Monograph, bytes: ArraySlice<UInt8>, split: SplitFile? = nil, keys: [String: Substring]?? = nil) {
        self.init(monograph, bytes: bytes, layout: Layout(bytes), split: split, keys: keys)
    }

    private init(_ monograph: Monograph, bytes: ArraySlice<UInt8>, layout: Layout?, split: SplitFile?, keys: [String: Substring]??) {
        self.monograph = monograph
        self.bytes = bytes
        self.layout = layout
        self.split = split
        self.keys = keys
    }

    /// A version read from the one after it by its lines (`ContentReader.monograph(changedLinesOf:…)`).
    fileprivate init(_ monograph: Monograph, bytes: ArraySlice<UInt8>, layout: Layout) {
        self.init(monograph, bytes: bytes, layout: layout, split: nil, keys: nil)
    }

    /// The file split and its front matter cut, as the versions read by keys compare them, made from
    /// `bytes` when not yet; nil when the bytes do not decode or split.
    func byKeys(path: String) -> (split: SplitFile, keys: [String: Substring]?)? {
        if let split { return (split, keys ?? split.frontMatter.flatMap(Self.cut)) }
        guard case .success(let file) = SourceFile.decode(bytes, path: path), case .success(let split) = SplitFile.split(file)
        else { return nil }
        return (split, split.frontMatter.flatMap(Self.cut))
    }

    /// Where the parts of a file whose text is its bytes stand, as offsets from its first byte.
    struct Layout {
        /// A top-level key of the front matter: its name, its lines (as `cut` gives them), and the line
        /// of the file it opens.
        struct Key {
            let name: String
            var range: Range<Int>
            var line: Int
        }

        /// The front matter's keys, in the file's order.
        var keys: [Key]
        var bodyStart: Int
        var bodyLine: Int

        /// The layout of `bytes`; nil when they have no front matter, or when their text is not them
        /// (a byte-order mark, carriage returns) or their front matter cannot be cut by lines.
        init?(_ bytes: ArraySlice<UInt8>) {
            guard SourceFile.decodesAsWritten(bytes) else { return nil }
            guard
                let (keys, bodyStart, bodyLine) = bytes.withUnsafeBufferPointer({ file -> ([Key], Int, Int)? in
                    guard case .frontMatter(let yamlStart, let yamlEnd, let bodyStart, let bodyLine) = SplitFile.frontMatter(in: file),
                        let keys = MonographText.keys(in: UnsafeBufferPointer(rebasing: file[yamlStart..<yamlEnd]))
                    else { return nil }
                    // The front matter's first line is the file's second.
                    return (keys.map { Key(name: $0.name, range: yamlStart + $0.start..<yamlStart + $0.end, line: 2 + $0.line) }, bodyStart, bodyLine)
                }),
                Set(keys.map(\.name)).count == keys.count
            else { return nil }
            self.keys = keys
            self.bodyStart = bodyStart
            self.bodyLine = bodyLine
        }
    }

    /// The lines of each top-level key of `yaml`, each key with the lines under it (values, comments,
    /// blank lines), when the text is a plain mapping at column 0; nil otherwise (a key in quotes, a
    /// flow mapping, a key written twice), and the version is then read whole.
    static func cut(_ yaml: String) -> [String: Substring]? {
        var yaml = yaml
        guard let keys = yaml.withUTF8({ Self.keys(in: $0) }) else { return nil }
        var blocks: [String: Substring] = Dictionary(minimumCapacity: keys.count)
        let utf8 = yaml.utf8
        for key in keys {
            let start = utf8.index(utf8.startIndex, offsetBy: key.start), end = utf8.index(utf8.startIndex, offsetBy: key.end)
            guard blocks.updateValue(yaml[start..<end], forKey: key.name) == nil else { return nil }
        }
        return blocks
    }

    /// The top-level keys of a front matter's bytes, in order: each key's name, the bytes of its lines
    /// and the number of lines above it; nil when a line at column 0 opens no key, or a line above the
    /// first key is neither blank nor a comment.
    ///
    /// Scanned as bytes: a top-level key's line starts with an ASCII letter, never inside a character.
    static func keys(in bytes: UnsafeBufferPointer<UInt8>) -> [(name: String, start: Int, end: Int, line: Int)]? {
        var keys: [(name: String, start: Int, end: Int, line: Int)] = []
        var lineStart = 0, line = 0
        while lineStart < bytes.count {
            let lineEnd = min(SplitFile.lineEnd(bytes, from: lineStart) + 1, bytes.count)
            if !continues(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), afterAKey: !keys.isEmpty) {
                guard let name = Self.key(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) else { return nil }
                if let last = keys.indices.last { keys[last].end = lineStart }
                keys.append((name, lineStart, bytes.count, line))
            }
            lineStart = lineEnd
            line += 1
        }
        return keys
    }

    /// Whether `line` belongs to the key above it (indented, blank, a comment, or a list item at column
    /// 0), or, before the first key, to none (blank or a comment).
    fileprivate static func continues(_ line: UnsafeBufferPointer<UInt8>, afterAKey: Bool) -> Bool {
        switch line.first {
        case nil, UInt8(ascii: "\n"), UInt8(ascii: "#"): true
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            afterAKey
                || line.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }).map {
                    $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "#")
                } ?? true
        case UInt8(ascii: "-"): afterAKey
        default: false
        }
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

    /// The whole lines in which `old` and `new` differ: from the start of the first line that differs to
    /// the end of the last, as offsets in each; nil when they are the same.
    static func differingLines(_ old: UnsafeBufferPointer<UInt8>, _ new: UnsafeBufferPointer<UInt8>) -> (start: Int, oldEnd: Int, newEnd: Int)? {
        guard let o = old.baseAddress, let n = new.baseAddress else {
            return old.count == new.count ? nil : (0, old.count, new.count)
        }
        let shorter = min(old.count, new.count)
        // The same first bytes, then the same last ones, compared by blocks as the C library compares.
        var prefix = 0
        while prefix + 64 <= shorter && memcmp(o + prefix, n + prefix, 64) == 0 { prefix += 64 }
        while prefix < shorter && o[prefix] == n[prefix] { prefix += 1 }
        if prefix == old.count && prefix == new.count { return nil }
        var suffix = 0
        while suffix + 64 <= shorter - prefix && memcmp(o + old.count - suffix - 64, n + new.count - suffix - 64, 64) == 0 { suffix += 64 }
        while suffix < shorter - prefix && o[old.count - suffix - 1] == n[new.count - suffix - 1] { suffix += 1 }
        // Widened to whole lines: the first bytes end, and the last ones start, after a line feed of both.
        var start = prefix
        while start > 0 && o[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        while suffix > 0 && !(o[old.count - suffix - 1] == UInt8(ascii: "\n") && n[new.count - suffix - 1] == UInt8(ascii: "\n")) {
            suffix -= 1
        }
        return (start, old.count - suffix, new.count - suffix)
    }
}

extension ContentReader {
    /// The monograph in `file`, read whole as the loader reads it, with its text; nil when it does not read.
    func monographText(_ file: SourceFile, bytes: ArraySlice<UInt8>, slug: String) -> MonographText? {
        var bag = DiagnosticBag()
        guard let monograph = monograph(file, slug: slug, &bag), case .success(let split) = SplitFile.split(file) else { return nil }
        return MonographText(monograph, bytes: bytes, split: split)
    }

    /// The version of a monograph in `bytes`, an older version of the file `newer` was read from; nil
    /// when it does not read (not UTF-8, an id since removed from the referentiel, a YAML error).
    ///
    /// Only what differs is read again: the lines that differ when they lie under one key or in the body
    /// (`monograph(changedLinesOf:…)`), else the keys whose lines differ (`monograph(_:byKeysOlderThan:)`).
    package func monograph(_ bytes: ArraySlice<UInt8>, path: String, olderThan newer: MonographText) -> MonographText? {
        if let version = monograph(changedLinesOf: bytes, path: path, olderThan: newer) { return version }
        guard case .success(let file) = SourceFile.decode(bytes, path: path) else { return nil }
        return monograph(file, bytes: bytes, byKeysOlderThan: newer)
    }

    /// The version in `old`, older than `newer`, when the two differ only in the front matter's keys, or
    /// only in the body: only those keys (`readKeys`), or the body, are read again; the rest is the
    /// newer version's. `redaction`'s marks, checked against what the sections show, are read again
    /// when a section gained or lost its content. Nil when the two differ anywhere else, or in what does
    /// not read on its own: the version is then read by keys.
    func monograph(changedLinesOf old: ArraySlice<UInt8>, path: String, olderThan newer: MonographText) -> MonographText? {
        guard let layout = newer.layout else { return nil }
        return old.withUnsafeBufferPointer { o -> MonographText? in
            newer.bytes.withUnsafeBufferPointer { n -> MonographText? in
                guard let lines = MonographText.differingLines(o, n) else {
                    return MonographText(newer.monograph, bytes: old, layout: layout)
                }
                // What the file's decoding would change or refuse is read by keys.
                let changed = old[old.startIndex + lines.start..<old.startIndex + lines.oldEnd]
                guard !SourceFile.holds(0x0D, changed), !SourceFile.holds(0, changed) else { return nil }
                var version = newer.monograph
                // The older version's layout, and the keys read again.
                let reread: (layout: MonographText.Layout, keys: Set<String>)?
                if lines.start >= layout.bodyStart {
                    guard let body = String(validating: UnsafeBufferPointer(rebasing: o[layout.bodyStart...]), as: UTF8.self) else { return nil }
                    var bag = DiagnosticBag()
                    version.body = SectionedBody.split(
                        MarkdownSource(text: body, firstLine: layout.bodyLine), file: path, options: markdown, bag: &bag)
                    reread = bag.hasErrors ? nil : (layout, [])
                } else {
                    reread = readKeys(of: o, n, lines, layout, path: path, into: &version)
                }
                guard let reread, reread.keys.contains("redaction") || marksHold(in: &version, newer.monograph, o, reread.layout, path: path)
                else { return nil }
                return MonographText(version, bytes: old, layout: reread.layout)
            }
        }
    }

    /// Reads into `version` the keys of the older version `old` that stand where it differs from `new`,
    /// whose layout is `layout`: the lines that differ are widened to the keys they stand under, and to
    /// the key above when the first of them opens a key in the newer version but not in the older one
    /// (whose line there may belong to the key above). What stands below moves with the lines. The older
    /// version's layout and the keys read; nil when its keys there do not read, or do not cut (a line
    /// that closes the front matter, a key written twice).
    private func readKeys(
        of old: UnsafeBufferPointer<UInt8>, _ new: UnsafeBufferPointer<UInt8>, _ lines: (start: Int, oldEnd: Int, newEnd: Int),
        _ layout: MonographText.Layout, path: String, into version: inout Monograph
    ) -> (layout: MonographText.Layout, keys: Set<String>)? {
        let opensKey =
            lines.oldEnd == lines.start
            || !MonographText.continues(UnsafeBufferPointer(rebasing: old[lines.start..<lines.oldEnd]), afterAKey: true)
        guard
            let first = (opensKey ? layout.keys.firstIndex(where: { $0.range.lowerBound == lines.start }) : nil)
                ?? layout.keys.firstIndex(where: { $0.range.contains(lines.start - 1) }),
            let last = layout.keys.lastIndex(where: { $0.range.lowerBound < max(lines.newEnd, lines.start + 1) }),
            lines.newEnd <= layout.keys[last].range.upperBound
        else { return nil }
        // The older version's lines there: the same but those that differ, which shift what follows.
        let start = layout.keys[first].range.lowerBound, byteShift = lines.oldEnd - lines.newEnd
        let region = UnsafeBufferPointer(rebasing: old[start..<layout.keys[last].range.upperBound + byteShift])
        guard Self.closesNothing(region), let oldKeys = MonographText.keys(in: region), region.isEmpty || oldKeys.first?.start == 0
        else { return nil }
        let before = layout.keys[..<first], after = layout.keys[(last + 1)...]
        let names = Set(layout.keys[first...last].map(\.name) + oldKeys.map(\.name))
        guard Set(oldKeys.map(\.name)).count == oldKeys.count, !before.contains(where: { names.contains($0.name) }),
            !after.contains(where: { names.contains($0.name) })
        else { return nil }
        let lineShift =
            Self.lineFeeds(UnsafeBufferPointer(rebasing: old[lines.start..<lines.oldEnd]))
            - Self.lineFeeds(UnsafeBufferPointer(rebasing: new[lines.start..<lines.newEnd]))
        var derived = layout
        derived.keys = Array(before)
        derived.keys += oldKeys.map { .init(name: $0.name, range: start + $0.start..<start + $0.end, line: layout.keys[first].line + $0.line) }
        derived.keys += after.map {
            .init(name: $0.name, range: $0.range.lowerBound + byteShift..<$0.range.upperBound + byteShift, line: $0.line + lineShift)
        }
        derived.bodyStart += byteShift
        derived.bodyLine += lineShift
        guard read(names, of: old, derived, path: path, into: &version) else { return nil }
        if lineShift != 0 {
            if after.contains(where: { $0.name == "numero" }) { version.numeroLocation?.line += lineShift }
            for index in version.body.views.indices { version.body.views[index].line += lineShift }
        }
        return (derived, names)
    }

    /// Whether the `redaction` marks of `version`, an older version of `newer` in `bytes` whose layout is
    /// `layout`, still hold: they are read again when a section gained or lost its content.
    private func marksHold(
        in version: inout Monograph, _ newer: Monograph, _ bytes: UnsafeBufferPointer<UInt8>, _ layout: MonographText.Layout, path: String
    ) -> Bool {
        !layout.keys.contains(where: { $0.name == "redaction" })
            || SectionID.allCases.allSatisfy({ version.isWritten($0) == newer.isWritten($0) })
            || read(["redaction"], of: bytes, layout, path: path, into: &version)
    }

    /// Reads into `monograph` the top-level keys `names` of the file `bytes` whose layout is `layout`,
    /// each from its lines there, all on one run of lines; false when they do not read (`read(_:yaml:…)`).
    private func read(
        _ names: Set<String>, of bytes: UnsafeBufferPointer<UInt8>, _ layout: MonographText.Layout, path: String,
        into monograph: inout Monograph
    ) -> Bool {
        let present = layout.keys.filter { names.contains($0.name) }
        let lines = (present.map(\.range.lowerBound).min() ?? 0)..<(present.map(\.range.upperBound).max() ?? 0)
        guard let yaml = String(validating: UnsafeBufferPointer(rebasing: bytes[lines]), as: UTF8.self) else { return false }
        return read(names, yaml: yaml, lineOffset: (present.map(\.line).min() ?? 1) - 1, path: path, into: &monograph) == true
    }

    /// Reads into `monograph` the top-level keys `names` from `yaml`, front-matter lines whose first is
    /// line `lineOffset + 1` of the file (a key absent there is read as absent, and lines of no key
    /// are blank); in the keys' declared order, `redaction` last. Nil when the lines do not compose
    /// into keys, false when the keys do not read or a required one is absent.
    private func read(_ names: Set<String>, yaml: String, lineOffset: Int, path: String, into monograph: inout Monograph) -> Bool? {
        var reader = NodeReader(file: path, lineOffset: lineOffset)
        // Keys removed, none added: an empty mapping.
        guard let node = reader.compose(yaml.allSatisfy { $0 == "\n" } ? "{}" : yaml),
            var f = reader.fields(node, allowed: FrontMatter.monograph.keys, what: FrontMatter.monograph.place)
        else { return nil }
        f.group = FrontMatter.monograph
        guard !FrontMatter.monograph.requiredKeys.contains(where: { names.contains($0) && f[$0] == nil }) else { return false }
        for key in FrontMatter.monograph.keys where names.contains(key) { read(key, of: f, into: &monograph, &reader) }
        return !reader.bag.hasErrors
    }

    /// The number of line feeds in `bytes`.
    private static func lineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count { $0 == UInt8(ascii: "\n") }
    }

    /// Whether none of the lines of `bytes` starts with `---`, which may close the front matter.
    private static func closesNothing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes[lineStart...].starts(with: "---".utf8) { return false }
            lineStart = SplitFile.lineEnd(bytes, from: lineStart) + 1
        }
        return true
    }

    /// The version of a monograph in `file`, decoded from `bytes`, an older version of the file `newer`
    /// was read from. Only what differs is read again: the body when its text differs, and of the
    /// front matter the top-level keys whose lines differ (with `redaction`, whose marks are checked
    /// against the sections), the other fields being the newer version's. A front matter that cannot be
    /// cut by lines, or keys that do not read on their own, are read with the whole file, as the loader
    /// would. Nil when the version does not read (an id since removed from the referentiel, a YAML error).
    func monograph(_ file: SourceFile, bytes: ArraySlice<UInt8>, byKeysOlderThan newer: MonographText) -> MonographText? {
        let slug = newer.monograph.slug
        guard case .success(let split) = SplitFile.split(file) else { return nil }
        guard let oldKeys = split.frontMatter.flatMap(MonographText.cut), let (newerSplit, newKeys) = newer.byKeys(path: file.path),
            let newKeys
        else { return monographText(file, bytes: bytes, slug: slug) }
        var version = newer.monograph
        let bodyChanged = split.body != newerSplit.body
        if bodyChanged {
            var bag = DiagnosticBag()
            let source = MarkdownSource(text: split.body, firstLine: split.bodyFirstLine)
            version.body = SectionedBody.split(source, file: file.path, options: markdown, bag: &bag)
            if bag.hasErrors { return nil }
        } else if split.bodyFirstLine != newerSplit.bodyFirstLine {
            let shift = split.bodyFirstLine - newerSplit.bodyFirstLine
            for index in version.body.views.indices { version.body.views[index].line += shift }
        }
        var changed = FrontMatter.monograph.keys.filter { oldKeys[$0] != newKeys[$0] }
        if !bodyChanged && split.frontMatter == newerSplit.frontMatter { return MonographText(version, bytes: bytes, split: split, keys: oldKeys) }
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
        switch read(Set(changed), yaml: yaml, lineOffset: split.frontMatterFirstLine - 1, path: file.path, into: &version) {
        case nil: return monographText(file, bytes: bytes, slug: slug)
        case false?: return nil
        case true?: return MonographText(version, bytes: bytes, split: split, keys: oldKeys)
        }
    }
}
