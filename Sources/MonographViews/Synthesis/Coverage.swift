import MonographCore

/// What a computed view rests on (FORMAT §5): how many networks have data for it, which have none, and
/// which have data only from a section their monograph marks as partial.
package struct Coverage: Sendable, Equatable {
    /// Every network of the site (N).
    package var reseaux: Int
    /// The networks with data for the view, in site order (K of them).
    package var withData: [String] = []
    /// The networks without data for the view, in site order.
    package var withoutData: [String] = []
    /// The networks with data whose governing section is partial, in site order.
    package var partial: [String] = []

    /// The coverage of networks given in site order, each with whether it has data for the view and
    /// whether the view's governing section is partial in its monograph.
    init(networks: [(slug: String, hasData: Bool, partial: Bool)]) {
        reseaux = networks.count
        for network in networks {
            guard network.hasData else {
                withoutData.append(network.slug)
                continue
            }
            withData.append(network.slug)
            if network.partial { partial.append(network.slug) }
        }
    }

    /// "K/N", the value of `data-couverture`.
    package var fraction: String { "\(withData.count)/\(reseaux)" }

    /// Whether the view rests on less than every network's complete data.
    package var isPartial: Bool { withData.count < reseaux || !partial.isEmpty }
}
