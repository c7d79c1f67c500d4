import Foundation

/// The text of one content file, decoded and normalised, with its display path.
///
/// Decoding never fails silently: invalid UTF-8 and NUL bytes become diagnostics at their exact place.
/// Line endings are normalised to LF and a leading BOM is dropped, so that lines and columns
/// reported later match what the writer sees in an editor.
struct SourceFile: Sendable {
    /// The path shown in diagnostics.
    let path: String
    /// The normalised text.
    let text: String

    /// Decodes `bytes`, or returns the diagnostics that prevent it.
    static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, ContentErrors> {
        decode(bytes[...], path: path)
    }

    /// Decodes `bytes`, a part of a larger buffer (one answer of `git cat-file`), or returns the
    /// diagnostics that prevent it.
    static func decode(_ bytes: ArraySlice<UInt8>, path: String) -> Result<SourceFile, ContentErrors> {
        var bag = DiagnosticBag()
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes

        // The common case, valid UTF-8 without NUL, is checked by the standard library's fast validator;
        // only a file that fails it is walked byte by byte to place every problem.
        if !holds(0, body), let valid = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
            var text = valid
            if holds(0x0D, body) {
                text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            return .success(SourceFile(path: path, text: text))
        }

        // Validate UTF-8 and look for NUL bytes, tracking line and column (in characters).
        var line = 1, column = 1
        var index = body.startIndex
        // Invalid bytes are one problem, the file's encoding: reported once, at the first of them.
        var firstInvalid: (byte: UInt8, line: Int, column: Int)?
        var invalid = 0
        while index < body.endIndex {
            let byte = body[index]
            let length = Self.sequenceLength(body, at: index)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = (byte, line, column) }
                invalid += 1
                index += 1
                column += 1
                continue
            }
            if byte == 0 {
                bag.error("caractère NUL interdit dans un fichier texte", file: path, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte != 0x0D {
                column += 1
            }
            index += length
        }
        if let first = firstInvalid {
            bag.error(encodingMessage(first.byte, count: invalid), file: path, line: first.line, column: first.column)
        }
        if bag.hasErrors { return .failure(ContentErrors(bag.sorted)) }
        return .success(SourceFile(path: path, text: text(lossy: bytes)))
    }

    /// What to say of a file that is not UTF-8, from its first invalid byte: a file saved in Latin-1
    /// (Windows-1252), as older editors and spreadsheets do, shows a French letter there.
    static func encodingMessage(_ byte: UInt8, count: Int) -> String {
        let hex = "0x" + String(format: "%02X", byte)
        let places = count > 1 ? "\(count) caractères concernés, le premier ici" : "1 caractère concerné"
        let save = "enregistrez-le en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)"
        let windows1252: [UInt8: Character] = [
            0x80: "€", 0x85: "…", 0x8C: "Œ", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x9C: "œ",
        ]
        let latin1 = byte >= 0xA0 ? Character(Unicode.Scalar(byte)) : windows1252[byte]
        if let letter = latin1, letter.isLetter || windows1252[byte] != nil || "«»°".contains(letter) {
            return "le fichier n’est pas en UTF-8 : il semble enregistré en Latin-1 (Windows-1252), où l’octet \(hex) est « \(letter) »"
                + " (\(places)) ; \(save)"
        }
        return "le fichier n’est pas en UTF-8 valide (octet \(hex), \(places)) ; \(save)"
    }

    /// The text of `bytes` normalised as `decode` does, any invalid byte shown as « � »: the lines
    /// that diagnostics quote, even in a file that `decode` refused.
    static func text(lossy bytes: ArraySlice<UInt8>) -> String {
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes
        var text = String(decoding: body, as: UTF8.self)
        if holds(0x0D, body) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// The UTF-8 byte-order mark, which decoding drops.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether decoding `bytes` gives their text as written, byte for byte: no byte-order mark to drop,
    /// no carriage return to make a line feed. The versions' history then finds a file's parts at their
    /// offsets in its bytes.
    static func decodesAsWritten(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.starts(with: byteOrderMark) && !holds(0x0D, bytes)
    }

    /// Whether `bytes` hold `byte`, found as the C library finds it (a file is read twice this way).
    static func holds(_ byte: UInt8, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false }
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8.
    private static func sequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int) -> Bool { i + k < b.endIndex && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0:
            return i + 1 < b.endIndex && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xED:
            return i + 1 < b.endIndex && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0:
            return i + 1 < b.endIndex && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return i + 1 < b.endIndex && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}

/// A file split into its YAML front matter and its Markdown body, each with the line it starts on.
struct SplitFile: Sendable {
    /// The YAML text between the two `---` lines; nil when the file has no front matter.
    let frontMatter: String?
    /// The 1-based line of the file on which the front matter's first line stands.
    let frontMatterFirstLine: Int
    /// The Markdown body after the closing `---`.
    let body: String
    /// The 1-based line of the file on which the body's first line stands.
    let bodyFirstLine: Int

    /// Splits `file`. Front matter exists only when the first line is exactly `---`; it ends at the next
    /// line that is exactly `---`. A front matter never closed is an error at line 1.
    static func split(_ file: SourceFile) -> Result<SplitFile, Diagnostic> {
        var text = file.text
        let unclosed = Diagnostic(
            file: file.path, line: 1, column: 1,
            message: "front matter ouvert par « --- » mais jamais fermé : ajoutez une ligne « --- » après les métadonnées")
        // Lines are found on the bytes: a line feed always ends a Character, so their offsets are valid
        // String indices too, and the byte search is much cheaper than a Character one.
        let found = text.withUTF8 { Self.frontMatter(in: $0) }
        let utf8 = text.utf8
        switch found {
        case .none: return .success(SplitFile(frontMatter: nil, frontMatterFirstLine: 1, body: text, bodyFirstLine: 1))
        case .unclosed: return .failure(unclosed)
        case .frontMatter(let yamlStart, let yamlEnd, let bodyStart, let bodyLine):
            let yaml = String(text[utf8.index(utf8.startIndex, offsetBy: yamlStart)..<utf8.index(utf8.startIndex, offsetBy: yamlEnd)])
            let body = String(text[utf8.index(utf8.startIndex, offsetBy: bodyStart)...])
            return .success(SplitFile(frontMatter: yaml, frontMatterFirstLine: 2, body: body, bodyFirstLine: bodyLine))
        }
    }

    /// Where the front matter stands in a file's bytes.
    enum Found {
        case none, unclosed
        /// The YAML's bytes, where the body starts, and the body's first line (1-based).
        case frontMatter(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyLine: Int)
    }

    /// Where the front matter stands in `bytes`: it exists only when the first line is exactly `---`,
    /// and ends at the next line that is exactly `---`.
    static func frontMatter(in bytes: UnsafeBufferPointer<UInt8>) -> Found {
        func lineEnd(from start: Int) -> Int { Self.lineEnd(bytes, from: start) }
        let firstEnd = lineEnd(from: 0)
        guard Self.isDelimiter(bytes, 0, firstEnd) else { return .none }
        if firstEnd == bytes.count { return .unclosed }
        var lineNumber = 1
        var lineStart = firstEnd + 1
        while lineStart < bytes.count {
            lineNumber += 1
            let end = lineEnd(from: lineStart)
            if Self.isDelimiter(bytes, lineStart, end) {
                return .frontMatter(yamlStart: firstEnd + 1, yamlEnd: lineStart, bodyStart: min(end + 1, bytes.count), bodyLine: lineNumber + 1)
            }
            lineStart = end + 1
        }
        return .unclosed
    }

    /// Where the line from `start` ends: its line feed, or the end of `bytes`.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else {
            return bytes.count
        }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Whether the line `bytes[start..<end]` is `---`, then only spaces or tabs.
    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D else { return false }
        return (start + 3..<end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }
}
