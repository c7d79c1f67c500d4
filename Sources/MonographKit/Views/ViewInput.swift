/// One network as a view sees it.
struct ViewNetwork<Entry: Equatable & Sendable>: Equatable, Sendable {
    var slug: String
    var nom: String
    var entry: Entry
    /// Whether the view's governing section is marked partial in this network's monograph.
    var partial: Bool
}

/// What a view is rendered from: every network of the site, in site order.
struct ViewInput<Entry: Equatable & Sendable>: Equatable, Sendable {
    var networks: [ViewNetwork<Entry>]

    var entries: [Entry] { networks.map(\.entry) }
}
