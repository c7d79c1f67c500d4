/// Where each listing that grows with the collection is cut.
enum ListingBound {
    /// Networks one after another: the home page's cards, the rows of the views with a row per network,
    /// the networks a coverage sentence folds below it.
    static let networks = 30
    /// Networks named in one cell of a table.
    static let namesInCell = 12
    /// Practices of one function in the territorial levels' listing.
    static let practicesPerFunction = 10
    /// Rows of the innovations' panorama.
    static let innovations = 30

    /// The order of every cut listing of networks, in words.
    static let order = "dans l’ordre de la collection, par numéro de monographie puis par nom"
}
