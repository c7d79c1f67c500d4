import MonographCore
import MonographViews

/// `etat-de-la-collection/index.html`: where each monograph stands, section by section (the `completude`
/// view), for the writers and editors of the collection. Readers meet a calm « En cours de rédaction »
/// on the pages themselves; the whole table is here, linked from every footer and the site map.
enum CollectionStatePage {
    static let path = "etat-de-la-collection/"
    static let title = "État de la collection"

    static func render(_ layout: PageLayout, views: ViewSet) -> [String] {
        let body =
            "<p class=\"chapo\">Les monographies s’écrivent au fil du temps : chaque réseau complète la sienne quand il le peut. "
            + "Ce tableau dit, pour chacune, quelles sections sont complètes, lesquelles ne rassemblent encore que quelques "
            + "éléments et lesquelles restent à écrire.</p>\n"
            + views.html(.completude, root: "../")
            + "<p>Les graphiques de la synthèse et du livret sont calculés sur ce qui est écrit : chacun dit, sous son titre, "
            + "sur combien de réseaux il repose.</p>\n"
        return ProsePages.sitePage(title: title, current: "etat", path: path, body: body, layout)
    }
}
