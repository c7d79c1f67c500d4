import MonographCore

/// One network as a view sees it.
package struct ViewNetwork<Entry: Equatable & Sendable>: Equatable, Sendable {
    package var slug: String
    package var nom: String
    package var entry: Entry
    /// Whether the view's governing section is marked partial in this network's monograph.
    package var partial: Bool
}

/// What a view is rendered from: every network of the site, in site order.
package struct ViewInput<Entry: Equatable & Sendable>: Equatable, Sendable {
    package var networks: [ViewNetwork<Entry>]

    package var entries: [Entry] { networks.map(\.entry) }
}
