import MonographCore

/// Where each listing that grows with the collection is cut.
package enum ListingBound {
    /// Networks one after another: the home page's cards, the rows of the views with a row per network,
    /// the networks a coverage sentence folds below it.
    package static let networks = 30
    /// Networks named in one cell of a table.
    static let namesInCell = 12
    /// Practices of one function in the territorial levels' listing.
    static let practicesPerFunction = 10
    /// Rows of the innovations' panorama.
    package static let innovations = 30

    /// The order of every cut listing of networks, in words.
    package static let order = "dans l’ordre de la collection, par numéro de monographie puis par nom"
}
