import Foundation

/// `monograph new`: a skeleton monograph with every key of the format, commented in French.
package enum Skeleton {
    /// Why a new monograph could not be written: a diagnostic on the file it would have been, as given.
    package struct Refusal: Error, CustomStringConvertible {
        /// The file's path as given (or its folder's, when the name gives no file), why as the message.
        package let diagnostic: Diagnostic

        package init(_ place: URL, _ message: String) {
            diagnostic = Diagnostic(file: place.relativePath, message: message)
        }

        /// Why, in French.
        package var description: String { diagnostic.message }
    }

    /// Writes `reseaux/<slug>.md` for `name` in `content`; never overwrites. Returns the file's URL.
    package static func create(name: String, content: URL) throws -> URL {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Text.slug(trimmed)
        guard !slug.isEmpty else {
            throw Refusal(
                content.appendingPathComponent("reseaux"), "« \(name) » ne donne pas de nom de fichier : utilisez au moins une lettre ou un chiffre")
        }
        let folder = content.appendingPathComponent("reseaux")
        let file = folder.appendingPathComponent("\(slug).md")
        if FileManager.default.fileExists(atPath: file.path) {
            throw Refusal(
                file, "« \(file.path) » existe déjà : monograph new n'écrase jamais un fichier (choisissez un autre nom ou modifiez celui-ci)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = skeleton(name: trimmed, numero: nextNumber(in: folder))
        // `withoutOverwriting` makes the refusal hold even if the file appears meanwhile.
        try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        return file
    }

    /// One more than the highest `numero:` found in the existing monographs.
    static func nextNumber(in folder: URL) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for file in files where file.hasSuffix(".md") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").prefix(80) where line.hasPrefix("numero:") {
                if let n = Int(line.dropFirst("numero:".count).trimmingCharacters(in: .whitespaces)) { highest = max(highest, n) }
            }
        }
        return highest + 1
    }
}
