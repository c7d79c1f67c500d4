/// Whether the site will have a search index, and if not, why: shown on the search page and said by
/// the build (which runs the indexer, `SearchIndexer`).
public enum SearchStatus: Equatable, Sendable {
    case indexed
    /// The index is not made; the reason, in French, ends without a full stop.
    case unavailable(String)

    /// Why no indexer was found, in French (said by `build` and shown on the search page).
    public static let missingReason =
        "Pagefind, le programme qui construit l’index de recherche, est introuvable sur cette machine : "
        + "lancez « make » (qui l’installe dans .venv-search/), ou indiquez son chemin avec --pagefind "
        + "ou la variable d’environnement MONOGRAPH_PAGEFIND"
}
