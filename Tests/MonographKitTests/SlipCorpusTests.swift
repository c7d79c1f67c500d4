import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Slips made on every line of a complete monograph's front matter, at every level of its declaration
/// (identity card, dynamics, cycles and their innovations, practices and their actions, model, outlook):
/// each is reported at its own line, in French, and nothing else in the file is blamed first.
@Suite struct SlipCorpusTests {
    /// Words of libyaml's or of a developer's vocabulary that a writer must never read.
    static var english: Regex<(Substring, Substring)> {
        #/\b(while|scanning|found|expected|mapping|sequence|could not|did not|character|token|anchor|alias|scalar|front matter|YAML dictionary)\b/#
    }

    /// The lines of `text`'s front matter that give a key a value on the same line: (line number, the line).
    static func valueLines(_ text: String) -> [(Int, String)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return [] }
        return (1..<end).compactMap { index in
            let line = lines[index]
            guard line.firstMatch(of: #/^\s*(- )?[a-z_]+: [^"'\[{|>&*]/#) != nil else { return nil }
            return (index + 1, line)
        }
    }

    /// `text` with line `number` replaced by `replacement`.
    static func replacing(line number: Int, in text: String, with replacement: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = replacement
        return lines.joined(separator: "\n")
    }

    static func check(_ site: TemporarySite, _ original: String, line: Int, slip: String, _ what: String) throws {
        try site.write("reseaux/familles-rurales.md", replacing(line: line, in: original, with: slip))
        let messages = site.diagnostics()
        guard let first = messages.first else {
            Issue.record("\(what) at line \(line) is not reported: \(slip)")
            return
        }
        #expect(first.hasPrefix("Content/reseaux/familles-rurales.md:\(line):"), "\(what) at line \(line) (\(slip)): \(first)")
        for message in messages { #expect(message.firstMatch(of: english) == nil, "\(what) at line \(line): \(message)") }
    }

    @Test func aKeyGluedToItsValueIsReportedAtItsLineOnEveryLine() throws {
        let site = try CoverageTests.projectSite()
        let original = try String(contentsOf: site.content.appendingPathComponent("reseaux/familles-rurales.md"), encoding: .utf8)
        let lines = Self.valueLines(original)
        #expect(lines.count > 40)
        for (number, line) in lines {
            guard let colon = line.range(of: ": ") else { continue }
            try Self.check(site, original, line: number, slip: line.replacingCharacters(in: colon, with: ":"), "a key glued to its value")
        }
    }

    @Test func aTabInTheIndentationIsReportedAtItsLineOnEveryLine() throws {
        let site = try CoverageTests.projectSite()
        let original = try String(contentsOf: site.content.appendingPathComponent("reseaux/familles-rurales.md"), encoding: .utf8)
        for (number, line) in Self.valueLines(original) where line.hasPrefix("  ") {
            try Self.check(site, original, line: number, slip: "\t" + line.dropFirst(2), "a tab in the indentation")
        }
    }
}
