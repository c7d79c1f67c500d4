import Foundation

/// A free page of the booklet, `livret/<slug>.md`.
public struct BookletPage: Sendable, Equatable {
    public var slug: String
    public var path: String
    public var titre: String
    public var ordre: Int?
    public var body: PageBody
}

/// The synthesis page, `synthese.md`.
public struct SynthesisPage: Sendable, Equatable {
    public var path: String
    public var titre: String
    public var body: PageBody
}

/// Site settings from `site.yml`.
public struct SiteSettings: Sendable {
    public var titre: String
    public var sousTitre: String?
    public var langue: String
    public var url: String?
    public var htmlBrut: Bool
}

/// Everything the content folder holds, validated.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var referentiel: Referentiel
    /// In home-page order: by `numero` (those without last), then by name in French order.
    public var monographs: [Monograph]
    public var booklet: [BookletPage]
    public var synthesis: SynthesisPage?
}
