import ArgumentParser
import Foundation
import MonographKit

/// The folders that `build`, `check` and `serve` read and write.
struct Folders: ParsableArguments {
    @Option(help: "Dossier du contenu.")
    var content = "Content"

    @Option(help: "Dossier des gabarits et des fichiers statiques.")
    var templates = "Templates"

    @Option(help: "Dossier de sortie.")
    var output = "Output"

    @Option(
        help: ArgumentHelp(
            "Programme Pagefind qui indexe le site pour la recherche.",
            discussion:
                "Par défaut : la variable MONOGRAPH_PAGEFIND, puis .venv-search/bin/pagefind (installé par make), puis pagefind dans le PATH.",
            valueName: "chemin"))
    var pagefind: String?

    func builder() -> SiteBuilder {
        SiteBuilder(
            content: url(content), templates: url(templates), output: url(output),
            contentDisplay: content, templatesDisplay: templates,
            indexer: SearchIndexer.locate(explicit: pagefind, projectRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
