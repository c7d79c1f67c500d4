import Foundation

/// The computed views of one rendering: each is rendered once, when a page first places it, handed to
/// every page that places it, and dropped after the last one (a view over thousands of networks weighs
/// megabytes).
final class ViewSet: @unchecked Sendable {
    private let jobs: [ViewID: ViewJob]
    private var uses: [ViewID: Int]
    private var rendered: [ViewID: String] = [:]
    private var locks: [ViewID: NSLock]
    private let lock = NSLock()

    /// `uses`: how many times each view is placed; a view not counted is rendered at every use.
    init(_ jobs: [ViewJob], uses: [ViewID: Int]) {
        self.jobs = Dictionary(jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.uses = uses
        self.locks = Dictionary(uniqueKeysWithValues: jobs.map { ($0.id, NSLock()) })
    }

    /// The HTML of the view `id` for a page whose way to the site root is `root`.
    func html(_ id: ViewID, root: String) -> String {
        guard let job = jobs[id], let viewLock = locks[id] else { return "" }
        // Two pages that place the same view at the same time render it once, the second waiting.
        viewLock.lock()
        let html = take(id) ?? job.make()
        keep(html, id)
        viewLock.unlock()
        return Text.replacing(ViewFrame.rootMarker, with: root, in: html)
    }

    private func take(_ id: ViewID) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return rendered[id]
    }

    /// Counts one use of the view, keeping it for the next while uses remain.
    private func keep(_ html: String, _ id: ViewID) {
        lock.lock()
        defer { lock.unlock() }
        let left = (uses[id] ?? 0) - 1
        uses[id] = left
        rendered[id] = left > 0 ? html : nil
    }

    /// How many times each view is placed by the pages of `site`.
    static func uses(in site: Site) -> [ViewID: Int] {
        // The page « État de la collection » places the editorial dashboard.
        var uses: [ViewID: Int] = [.completude: 1]
        let bodies = site.booklet.map(\.body.views) + [site.synthesis?.body.views ?? []] + site.monographs.map(\.body.views)
        for views in bodies {
            for use in views { if let view = ViewID(rawValue: use.id) { uses[view, default: 0] += 1 } }
        }
        return uses
    }
}
