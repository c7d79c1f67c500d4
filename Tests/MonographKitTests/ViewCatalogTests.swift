import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Each computed view reads only its part of the monographs: a change outside that part leaves its input,
/// and so its rendering, unchanged; a change inside changes both.
@Suite struct ViewCatalogTests {
    @Test func everyViewIDHasItsViewUnderItsOwnID() {
        let ids = ViewCatalog.all.map { view in view.id }
        #expect(ids == ViewID.allCases)
    }

    /// The monographs of the minimal fixture, loaded.
    static func monographs() throws -> [Monograph] {
        let site = try TemporarySite()
        return try ContentLoader(root: site.content, displayRoot: "Content").load().get().monographs
    }

    /// Views that share an input name read the same part of a monograph under the same governing section.
    @Test func viewsSharingAnInputReadTheSame() throws {
        let monographs = try Self.monographs()
        let groups = Dictionary(grouping: ViewCatalog.all) { view in view.inputName }
        for (name, views) in groups where views.count > 1 {
            let first = views[0]
            for view in views.dropFirst() {
                let sameInput = view.inputs(of: monographs) == first.inputs(of: monographs)
                let sameSection = view.governingSection == first.governingSection
                #expect(sameInput && sameSection, "\(view.id) and \(first.id) share the input « \(name) »")
            }
        }
    }

    @Test(arguments: ViewID.allCases)
    func aViewsInputFollowsWhatItReads(id: ViewID) throws {
        let view = ViewCatalog.view(id)
        let monographs = try Self.monographs()
        var renamed = monographs
        renamed[0].nom += " (renommé)"
        // Every view names its networks: a new name is a new input.
        let afterRenaming = view.inputs(of: monographs) == view.inputs(of: renamed)
        #expect(!afterRenaming)
        // Key points are read by no view.
        var keyPoints = monographs
        keyPoints[0].perspectives = ["Un point clé de plus"]
        let afterKeyPoints = view.inputs(of: monographs) == view.inputs(of: keyPoints)
        #expect(afterKeyPoints)
    }
}
