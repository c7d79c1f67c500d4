import Foundation
import MonographCore
import MonographViews
import Synchronization

/// The computed views of one rendering: each is rendered once, when a page first places it, handed to
/// every page that places it, and dropped after the last one (a view over thousands of networks weighs
/// megabytes).
package final class ViewSet: Sendable {
    /// One view: its job, how many placings are left, and its HTML while some are.
    private final class Slot: Sendable {
        let job: ViewJob
        let state: Mutex<(uses: Int, rendered: String?)>

        init(_ job: ViewJob, uses: Int) {
            self.job = job
            state = Mutex((uses, nil))
        }
    }

    private let slots: [ViewID: Slot]

    /// `uses`: how many times each view is placed; a view not counted is rendered at every use.
    init(_ jobs: [ViewJob], uses: [ViewID: Int]) {
        var slots: [ViewID: Slot] = [:]
        for job in jobs where slots[job.id] == nil { slots[job.id] = Slot(job, uses: uses[job.id] ?? 0) }
        self.slots = slots
    }

    /// The HTML of the view `id` for a page whose way to the site root is `root`.
    package func html(_ id: ViewID, root: String) -> String {
        guard let slot = slots[id] else { return "" }
        // Two pages that place the same view at the same time render it once, the second waiting. Each
        // placing counts one use; the HTML is kept for the next while uses remain.
        let html = slot.state.withLock { state in
            let html = state.rendered ?? slot.job.make()
            state.uses -= 1
            state.rendered = state.uses > 0 ? html : nil
            return html
        }
        return Text.replacing(ViewFrame.rootMarker, with: root, in: html)
    }

    /// How many times each view is placed by the pages of `site`.
    static func uses(in site: Site) -> [ViewID: Int] {
        // The page « État de la collection » places the editorial dashboard.
        var uses: [ViewID: Int] = [.completude: 1]
        func count(_ views: [SectionedBody.ViewUse]) {
            for use in views { if let view = ViewID(rawValue: use.id) { uses[view, default: 0] += 1 } }
        }
        for page in site.booklet { count(page.body.views) }
        if let synthesis = site.synthesis { count(synthesis.body.views) }
        // Few monographs place a view: the others' bodies are not copied.
        for m in site.monographs where m.placesViews { count(m.body.views) }
        return uses
    }
}
