import Foundation

/// One computed view to render for a site: its inputs, and the work that renders it for pages at every
/// depth (its links start with `ViewFrame.rootMarker`).
struct ViewJob: Sendable {
    let id: ViewID
    /// What the view is rendered from, computed when first asked (by the view's rendering or by a page that
    /// places it).
    var inputs: JobInputs { lazyInputs.value }
    private let lazyInputs: LazyValue<JobInputs>
    let make: @Sendable () -> String

    /// The job of `view` over `site`; `inputs` holds the inputs already computed for other views.
    init(_ view: any ComputedView.Type, site: Site, markdown: Markdown, linkTexts: LazyValue<[String: String]>, inputs: SharedInputs) {
        self.init(view: view, site: site, markdown: markdown, linkTexts: linkTexts, inputs: inputs)
    }

    private init<View: ComputedView>(
        view: View.Type, site: Site, markdown: Markdown, linkTexts: LazyValue<[String: String]>,
        inputs: SharedInputs
    ) {
        let input = LazyValue { inputs.input(of: View.self, site.monographs) }
        let referentiel = site.referentiel
        id = View.id
        lazyInputs = LazyValue { JobInputs(input.value) }
        make = {
            View.render(
                input.value,
                ViewContext(
                    referentiel: referentiel, markdown: markdown, root: ViewFrame.rootMarker,
                    linkTexts: linkTexts.value))
        }
    }

    init(id: ViewID, inputs: @autoclosure @escaping () -> JobInputs, make: @escaping @Sendable () -> String) {
        self.id = id
        lazyInputs = LazyValue(inputs)
        self.make = make
    }
}

/// The inputs of the views of one rendering, each computed once, by name (`ComputedView.inputName`):
/// views that share a name share one input.
final class SharedInputs: @unchecked Sendable {
    private var inputs: [String: LazyValue<Any>] = [:]
    private let lock = NSLock()

    func input<View: ComputedView>(of view: View.Type, _ monographs: [Monograph]) -> ViewInput<View.Entry> {
        let key = View.inputName
        lock.lock()
        let lazy = inputs[key] ?? LazyValue<Any> { View.input(monographs) }
        inputs[key] = lazy
        lock.unlock()
        return lazy.value as? ViewInput<View.Entry> ?? View.input(monographs)
    }
}

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

    /// The inputs of the view `id`.
    func inputs(_ id: ViewID) -> JobInputs { jobs[id]?.inputs ?? .constant }

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
        var uses: [ViewID: Int] = [:]
        let bodies = site.booklet.map(\.body.views) + [site.synthesis?.body.views ?? []] + site.monographs.map(\.body.views)
        for views in bodies {
            for use in views { if let view = ViewID(rawValue: use.id) { uses[view, default: 0] += 1 } }
        }
        return uses
    }
}
