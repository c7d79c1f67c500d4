import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The quick fold used for sort keys gives what Foundation's folding gives.
@Suite struct SortKeyTests {
    @Test func quickFoldMatchesFoundation() {
        let names = [
            "Familles Rurales", "Fédération Addiction", "Union ADMR", "UNIOPSS", "L’Âge d’or", "Éducation & Cie",
            "Ça déménage", "Œuvre", "Naïve Noël", "Ñandú", "Château-Gontier", "ÿ", "Zoé 12",
        ]
        for name in names {
            if let quick = Text.quickFold(name) {
                #expect(quick == Text.foldedForComparison(name), "\(name)")
            } else {
                #expect(name.unicodeScalars.contains { !$0.isASCII && $0 != "’" }, "\(name)")
            }
        }
        #expect(Text.quickFold("Œuvre") == nil)
        #expect(Text.frenchSortKey("Œuvre") == Text.foldedForComparison("Œuvre"))
    }
}
