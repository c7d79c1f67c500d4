import MonographCore
import MonographViews

/// `referentiel/index.html`: the reference frameworks, each item with its anchor.
enum ReferentielPage {
    static func render(_ referentiel: Referentiel, _ layout: PageLayout, _ markdown: Markdown) -> String {
        let e = Markdown.plain
        let lists: [[String: Any]] = Referentiel.lists.map { list in
            [
                "id": list.key, "titre": e(list.title),
                "elements": referentiel[keyPath: list.keyPath].enumerated().map { index, item -> [String: Any] in
                    var entry: [String: Any] = [
                        "id": item.id, "ancre": "\(list.key)-\(item.id)", "libelle": e(item.libelle), "rang": index + 1,
                        "description": item.description.map { markdown.block($0) } ?? "",
                    ]
                    if list.key == "fonctions" { entry["classe"] = "fonction-\(index + 1)" }
                    if let place = gridPlace(of: item) { entry["grille"] = place }
                    return entry
                },
            ]
        }
        return layout.render(
            "referentiel",
            layout.context(title: "Référentiel", root: "../", current: "referentiel", path: "referentiel/", search: SearchFacets(.referentiel))
                .adding([
                    "listes": lists
                ]))
    }

    /// Where a nature lies in the RAMEAU grid (« Solutions × nouveauté »), for the items that have a place.
    static func gridPlace(of item: ReferenceItem) -> String? {
        guard let objet = item.objet, let logique = item.logique else { return nil }
        return "\(objet == "solutions" ? "Solutions" : "Processus") × \(logique == "nouveaute" ? "nouveauté" : "adaptation")"
    }
}
