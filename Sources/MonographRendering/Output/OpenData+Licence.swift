import Foundation
import MonographCore
import MonographViews

/// The licence of `site.yml` as a Data Package names it: `name` an id (a licence must have a name or a
/// path), `title` and `path` when the id is one of the licences known below.
extension OpenData {
    struct Licence: Equatable, Sendable {
        /// An SPDX id when the licence is known, else the id written in `site.yml` (or one made from its text).
        let name: String
        let title: String
        /// The licence's text, for a known licence.
        let path: String?

        /// Open licences in use for French public and associative data, by SPDX id.
        static let known: [Licence] = [
            Licence(
                name: "etalab-2.0", title: "Licence Ouverte / Open Licence version 2.0",
                path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            Licence(name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", path: "https://creativecommons.org/licenses/by/4.0/"),
            Licence(
                name: "CC-BY-SA-4.0", title: "Creative Commons Attribution-ShareAlike 4.0 International",
                path: "https://creativecommons.org/licenses/by-sa/4.0/"),
            Licence(
                name: "CC-BY-NC-4.0", title: "Creative Commons Attribution-NonCommercial 4.0 International",
                path: "https://creativecommons.org/licenses/by-nc/4.0/"),
            Licence(
                name: "CC-BY-NC-SA-4.0", title: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
                path: "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
            Licence(
                name: "CC-BY-ND-4.0", title: "Creative Commons Attribution-NoDerivatives 4.0 International",
                path: "https://creativecommons.org/licenses/by-nd/4.0/"),
            Licence(name: "CC0-1.0", title: "Creative Commons Zero v1.0 Universal", path: "https://creativecommons.org/publicdomain/zero/1.0/"),
            Licence(name: "ODbL-1.0", title: "Open Data Commons Open Database License v1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/"),
        ]

        /// Other ways of writing the Licence Ouverte's id.
        private static let aliases = ["licence-ouverte-2.0": "etalab-2.0", "lo-2.0": "etalab-2.0", "open-licence-2.0": "etalab-2.0"]

        init(name: String, title: String, path: String?) {
            self.name = name
            self.title = title
            self.path = path
        }

        /// The licence `written` in `site.yml`: a known one whatever its case and its spaces
        /// (`CC BY 4.0` is `CC-BY-4.0`); else an id as written, or a text, whose id is its slug.
        init(_ written: String) {
            let trimmed = written.trimmingCharacters(in: .whitespaces)
            let key = trimmed.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
            let id = Self.aliases[key] ?? key
            if let known = Self.known.first(where: { $0.name.lowercased() == id }) {
                self = known
                return
            }
            let isID = !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { Self.idCharacters.contains($0) }
            let slug = Text.slug(trimmed)
            self.init(name: isID ? trimmed : slug.isEmpty ? "licence" : slug, title: trimmed, path: nil)
        }

        /// The characters of a licence id in a Data Package (`^[-a-zA-Z0-9._]+$`).
        private static let idCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._".unicodeScalars)

        var json: JSONValue {
            .object([("name", .string(name)), ("title", .string(title))] + (path.map { [("path", .string($0))] } ?? []))
        }
    }
}
