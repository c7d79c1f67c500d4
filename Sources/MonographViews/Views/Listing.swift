import MonographCore

/// A listing that grows with the collection (cards, rows of a view, names in a sentence or a cell), cut
/// to what a reader can take in: its first items, in the listing's own order, and how many are left out.
///
/// The page shows `shown` and says where the others are (the explorer filtered, the site map or the
/// open data, which stay complete). Every bound is above the size of the real collection, so that its
/// pages show everything.
struct Listing<Item> {
    /// The first items of the listing, at most its bound.
    let shown: [Item]
    /// How many items the whole listing has.
    let total: Int

    init(_ items: [Item], bound: Int) {
        shown = Array(items.prefix(bound))
        total = items.count
    }

    /// How many items the page leaves out.
    var hidden: Int { total - shown.count }

    var isCut: Bool { hidden > 0 }
}
