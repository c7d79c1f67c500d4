import ArgumentParser
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// The folders that `build`, `check` and `serve` read and write.
struct Folders: ParsableArguments {
    @Option(help: ArgumentHelp("Dossier du contenu.", valueName: "dossier"))
    var content = "Content"

    @Option(help: ArgumentHelp("Dossier des gabarits et des fichiers statiques.", valueName: "dossier"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("Dossier de sortie.", valueName: "dossier"))
    var output = "Output"

    @Option(
        help: ArgumentHelp(
            "Programme Pagefind qui indexe le site pour la recherche.",
            discussion:
                "Par défaut : la variable MONOGRAPH_PAGEFIND, puis .venv-search/bin/pagefind (installé par make), puis pagefind dans le PATH.",
            valueName: "chemin"))
    var pagefind: String?

    @Flag(name: .customLong("sans-recherche"), help: "Construit le site sans index de recherche (plus vite, pour un brouillon).")
    var withoutSearch = false

    func builder() -> SiteBuilder {
        var builder = SiteBuilder(
            content: url(content), templates: url(templates), output: url(output),
            contentDisplay: content, templatesDisplay: templates)
        if withoutSearch {
            builder.withoutIndexerReason = "le site a été construit avec l’option --sans-recherche"
        } else {
            let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            builder.indexer = SearchIndexer.locate(explicit: pagefind, projectRoot: root)
            if builder.indexer == nil, let pagefind {
                builder.withoutIndexerReason =
                    "le programme Pagefind indiqué par --pagefind (« \(pagefind) ») est introuvable ou n’est pas exécutable"
            }
        }
        return builder
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
