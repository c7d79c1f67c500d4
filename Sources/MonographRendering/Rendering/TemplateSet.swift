import Foundation
import MonographCore
import MonographViews
import Mustache

/// The Mustache templates of `Templates/`, parsed and checked, and the static assets beside them.
package struct TemplateSet {
    /// Templates every site needs; a missing one is an error, never an empty page.
    static let required = ["base", "accueil", "monographie", "page", "referentiel", "404", "explorateur", "partials/entete", "partials/pied"]

    let library: MustacheLibrary
    /// Files under `Templates/assets/`, by path relative to `Templates/` (e.g. `assets/style.css`).
    let assets: [(path: String, data: Data)]

    /// Loads every `*.mustache` under `root`, reporting parse errors with line and column,
    /// partials that do not exist, and required templates that are missing.
    package static func load(root: URL, displayRoot: String) -> Result<TemplateSet, ContentErrors> {
        var bag = DiagnosticBag()
        var library = MustacheLibrary()
        var texts: [String: (String, String)] = [:]
        var assets: [(String, Data)] = []
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else {
            return .failure(ContentErrors([Diagnostic(file: displayRoot, message: "dossier de gabarits introuvable")]))
        }
        let rootPath = root.standardizedFileURL.path
        var files: [URL] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey])
            if values?.isDirectory == true { continue }
            if url.lastPathComponent.hasPrefix(".") { continue }
            files.append(url)
        }
        var isDirectory: ObjCBool = false
        if !fm.fileExists(atPath: root.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return .failure(ContentErrors([Diagnostic(file: displayRoot, message: "dossier de gabarits introuvable")]))
        }
        for url in files.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            let display = displayRoot + "/" + relative
            let realPath = url.resolvingSymlinksInPath().standardizedFileURL.path
            let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
            guard realPath.hasPrefix(realRoot + "/") else {
                bag.error("lien symbolique hors du dossier de gabarits : refusé", file: display)
                continue
            }
            guard let data = fm.contents(atPath: url.path) else {
                bag.error("fichier illisible", file: display)
                continue
            }
            if relative.hasSuffix(".mustache") {
                let name = String(relative.dropLast(".mustache".count))
                guard let text = String(data: data, encoding: .utf8) else {
                    bag.error("le gabarit n'est pas en UTF-8 valide", file: display)
                    continue
                }
                do {
                    // The templates' own sentences get French typography once, here, as the content's get it when rendered.
                    let set = FrenchTypography.html(text, mustache: true)
                    library.register(try MustacheTemplate(string: Self.escapingPragma + set), named: name)
                    texts[name] = (display, text)
                } catch let error as MustacheTemplate.ParserError {
                    bag.error(
                        "gabarit Mustache invalide : \(error.error)", file: display,
                        line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber)
                } catch {
                    bag.error("gabarit Mustache invalide : \(error)", file: display)
                }
            } else if relative.hasPrefix("assets/") {
                assets.append((relative, data))
            }
        }
        for name in required where texts[name] == nil && !bag.hasErrors {
            bag.error("gabarit obligatoire « \(name).mustache » absent", file: displayRoot + "/" + name + ".mustache")
        }
        for (name, (display, text)) in texts.sorted(by: { $0.key < $1.key }) {
            for (partial, line) in partialReferences(in: text) where texts[partial] == nil {
                bag.error(
                    "le gabarit « \(name) » inclut « \(partial) », qui n'existe pas"
                        + Suggestion.hint(for: partial, in: Array(texts.keys)), file: display, line: line)
            }
        }
        if bag.hasErrors { return .failure(ContentErrors(bag.sorted)) }
        return .success(TemplateSet(library: library, assets: assets))
    }

    /// A first line put before every template: `{{ }}` then escapes with `FastHTMLEscaping` instead of
    /// the library's default, which looks every character up in a dictionary. The escaped characters
    /// are the same; the line, standalone, leaves nothing in the output (error lines are shifted back).
    private static let escapingPragma: String = {
        MustacheContentTypes.register(FastHTMLEscaping(), named: FastHTMLEscaping.name)
        return "{{% CONTENT_TYPE: \(FastHTMLEscaping.name) }}\n"
    }()

    /// Names used as `{{> name}}` or `{{< name}}`, with the line of each use.
    static func partialReferences(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                let trimmed = rest.drop { $0 == " " }
                guard let first = trimmed.first, first == ">" || first == "<" else { continue }
                let name = trimmed.dropFirst().drop { $0 == " " }.prefix { $0 != "}" && $0 != " " }
                if !name.isEmpty { result.append((String(name), index + 1)) }
            }
        }
        return result
    }

    /// Renders `template` with `context`; a missing template is a programming error caught at load.
    package func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}

/// HTML escaping for `{{ }}`: `& < > " '` replaced, as by swift-mustache's own HTML content type, with
/// a byte scan that returns text without those characters as it is.
struct FastHTMLEscaping: MustacheContentType {
    static let name = "HTML_MONOGRAPH"

    func escapeText(_ text: String) -> String {
        Text.escapeHTML(text)
    }
}
