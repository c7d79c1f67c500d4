import Foundation
import MonographCore
import MonographRendering
import MonographViews
import Synchronization

/// What `serve` keeps between builds so that one changed file costs little: the monographs read, the
/// outputs and views made with the inputs they were made from, and the files last written.
///
/// An output is reused while its job's inputs are equal to those it was made from (`JobInputs`); the
/// templates, the settings and the referentiel are read by every job, so a change to any of them drops
/// everything kept.
@dynamicMemberLookup
package final class IncrementalState: Sendable {
    let parses = ParseCache()
    let outputs = OutputMemo()

    /// What the last build left, changed by the next one only (`serve` builds one at a time).
    package struct Kept {
        var templatesStamp: [String] = []
        var settingsStamp: [String] = []
        var written: [String: Data] = [:]
        var templates: TemplateSet?
        /// The monographs' versions, with the git history and the settings they were read with: read
        /// again only when a commit changes the history (`git log` runs at every build, `git cat-file`
        /// only then).
        var versions: (history: ContentHistory, settings: [String], value: VersionHistory)?
        /// Whether the last build wrote the feed, which every page then links.
        var hasFeed = false
        /// The search documents of the last good build, for the index `serve` makes after it.
        package var searchDocuments: SearchDocuments?
    }

    private let kept = Mutex(Kept())

    /// Each of `Kept`'s values (`state.written`…), read and written under the lock.
    package subscript<Value: Sendable>(dynamicMember value: WritableKeyPath<Kept, Value>) -> Value {
        get { kept.withLock { $0[keyPath: value] } }
        set { kept.withLock { $0[keyPath: value] = newValue } }
    }

    package init() {}
}

extension SiteBuilder {
    /// Builds like `build`, reusing what `state` kept from the previous build, and updates the output
    /// folder in place (only changed files are written). On content errors nothing is written.
    ///
    /// After a first build, the update comes in three steps: the pages of the monographs (and every
    /// other file made from a single source) are written first and `earlyStep` is called with the paths
    /// that changed, so that the page being edited can be shown at once; then the pages built from the
    /// whole site (home page, synthesis, booklet), after which `earlyStep` is called again; then the
    /// data files. Returns the paths written or removed by the last step (every path on a first build).
    @discardableResult
    package func rebuild(projectRoot: URL, state: IncrementalState, earlyStep: (([String]) -> Void)? = nil) throws -> [String] {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let templateStamp = ParseCache.stamps(under: templates)
        let settingsStamp = ["site.yml", "referentiel.yml"].map { ParseCache.stamp(of: content.appendingPathComponent($0)) ?? "?" }
        if templateStamp != state.templatesStamp || settingsStamp != state.settingsStamp {
            state.outputs.removeAll()
            state.templates = nil
            state.templatesStamp = templateStamp
            state.settingsStamp = settingsStamp
        }
        let site = load(reusing: state.parses)
        let templateSet =
            state.templates.map { Result<TemplateSet, ContentErrors>.success($0) }
            ?? TemplateSet.load(root: templates, displayRoot: templatesDisplay)
        if case .success(let loaded) = templateSet { state.templates = loaded }
        clock.lap("chargement et validation")
        guard case .success(var site) = site, case .success(let templateSet) = templateSet else {
            var diagnostics: [Diagnostic] = []
            if case .failure(let errors) = site { diagnostics += errors.diagnostics }
            if case .failure(let errors) = templateSet { diagnostics += errors.diagnostics }
            throw ContentErrors(diagnostics)
        }
        if let kept = state.versions, kept.history == site.history, kept.settings == settingsStamp {
            site.versions = kept.value
        } else {
            site = withVersions(site)
            state.versions = (site.history, settingsStamp, site.versions)
        }
        // Every page links the feed when there is one: its coming or going changes them all.
        if SiteRenderer.hasFeed(site) != state.hasFeed {
            state.outputs.removeAll()
            state.hasFeed = SiteRenderer.hasFeed(site)
        }
        let memo = state.outputs
        memo.startBuild()
        let renderer = SiteRenderer(site: site, templates: templateSet, search: searchStatus, views: memo.keeping)
        let jobs = renderer.jobs().map(memo.reusing)
        let steps = [
            jobs.filter { !$0.heavy }, jobs.filter { $0.heavy && $0.path.hasSuffix(".html") },
            jobs.filter { $0.heavy && !$0.path.hasSuffix(".html") },
        ]
        func make(_ step: [OutputJob]) throws -> [String: Data] {
            var collector = FileCollector()
            try collector.putAll(step)
            return collector.files
        }
        var made: [String: Data] = [:]
        for (index, step) in steps.enumerated() {
            let stepFiles = try make(step)
            made.merge(stepFiles) { _, new in new }
            guard index < steps.count - 1 else { break }
            guard !state.written.isEmpty else { continue }
            // An early step: its new files over the last build's others.
            let files = state.written.merging(stepFiles) { _, new in new }
            let changed = try writer.update(files, previous: state.written)
            state.written = files
            clock.lap(index == 0 ? "premières pages" : "pages du site")
            earlyStep?(changed)
        }
        memo.endBuild(produced: Set(jobs.map(\.path)))
        clock.lap("rendu")
        let changed = try writer.update(made, previous: state.written)
        state.written = made
        state.searchDocuments = SearchDocuments(site: site, markdown: renderer.markdown)
        clock.lap("écriture")
        return changed
    }

    /// Loads the content, reading again only the monograph files changed since `parses` last saw them.
    private func load(reusing parses: ParseCache) -> Result<Site, ContentErrors> {
        let loader = ContentLoader(root: content, displayRoot: contentDisplay)
        let scan = loader.scan()
        parses.prepare(dependingOn: [scan.files.referentiel, scan.files.site].compactMap { $0?.path })
        let monographs = Parallel.map(scan.files.monographs) { file -> (Monograph?, DiagnosticBag) in
            guard let stamp = ParseCache.stamp(ofPath: file.path) else { return scan.read(file) }
            if let kept = parses.entry(for: file.path, stamp: stamp) { return kept }
            let read = scan.read(file)
            parses.store(read, for: file.path, stamp: stamp)
            return read
        }
        parses.keepOnly(Set(scan.files.monographs.map(\.path)))
        let site = loader.assemble(scan, monographs: monographs)
        if case .success(let site) = site { parses.refresh(site.monographs) }
        return site
    }
}

/// The outputs and views of the last build, each with the inputs it was made from.
///
/// Most jobs of a build are unchanged: each is answered from `kept`, the outputs as the build started,
/// which no thread changes while the build runs and which is therefore read without the lock. Only the
/// jobs made again take the lock, to store what they made.
final class OutputMemo: Sendable {
    private struct State {
        var outputs: [String: (inputs: JobInputs, data: Data)] = [:]
        /// `outputs` as the build under way started: what its jobs compare with.
        var kept: [String: (inputs: JobInputs, data: Data)] = [:]
        var views: [ViewID: (inputs: JobInputs, html: String)] = [:]
        /// The views of the build under way, and whether each changed since the last build (compared
        /// once, when first asked, for the view itself and every output that places it).
        var viewJobs: [ViewID: ViewJob] = [:]
        var viewChanged: [ViewID: Bool] = [:]
        /// The views rendered again by the build under way, kept for their next uses.
        var viewsRendered: Set<ViewID> = []
        var parts: [String: (inputs: JobInputs, text: String)] = [:]
        var usedParts: Set<String> = []
    }

    private let state = Mutex(State())

    func removeAll() {
        state.withLock { state in
            state.outputs.removeAll()
            state.views.removeAll()
            state.parts.removeAll()
        }
    }

    func startBuild() {
        state.withLock { state in
            state.kept = state.outputs
            state.usedParts.removeAll()
            state.viewJobs.removeAll()
            state.viewChanged.removeAll()
            state.viewsRendered.removeAll()
        }
    }

    /// Drops the outputs that the build did not produce (removed networks, pages no longer made):
    /// `produced` are the paths of its jobs.
    func endBuild(produced: Set<String>) {
        state.withLock { state in
            state.kept = [:]
            for path in state.outputs.keys where !produced.contains(path) { state.outputs[path] = nil }
            // A list made again used every part it still has; one kept whole used none of them.
            if !state.usedParts.isEmpty {
                for key in state.parts.keys where !state.usedParts.contains(key) { state.parts[key] = nil }
            }
        }
    }

    /// `job`, made only if its inputs differ from those of the kept output (taken when the build starts,
    /// so that the job compares without a lock).
    func reusing(_ job: OutputJob) -> OutputJob {
        let kept = state.withLock { $0.kept[job.path] }
        return OutputJob(path: job.path, heavy: job.heavy, inputs: job.inputs) { [self] in
            let inputs = job.inputs
            if let kept, kept.inputs == inputs, !job.views.contains(where: changed) { return .data(kept.data) }
            var content = try job.make()
            if case .list(var list) = content {
                let path = job.path
                list.parts = list.parts.map { part in .init(key: part.key, inputs: part.inputs) { self.part(part, of: path) } }
                content = .list(list)
            }
            let data = try content.data()
            state.withLock { $0.outputs[job.path] = (inputs, data) }
            return .data(data)
        }
    }

    /// A part of the list file `path`, made only if its inputs differ from those of the kept one.
    func part(_ part: PartList.Part, of path: String) -> String {
        let key = path + "\u{0}" + part.key
        let kept = state.withLock { state in
            state.usedParts.insert(key)
            return state.parts[key]
        }
        if let kept, kept.inputs == part.inputs { return kept.text }
        let text = part.make()
        state.withLock { $0.parts[key] = (part.inputs, text) }
        return text
    }

    /// The job of a view of the build under way, standing for `job`: it gives the kept HTML while the
    /// view's inputs are unchanged.
    func keeping(_ job: ViewJob) -> ViewJob {
        state.withLock { $0.viewJobs[job.id] = job }
        return ViewJob(id: job.id, inputs: job.inputs) { self.view(job) }
    }

    /// Whether the inputs of the view `id` differ from those of the kept view (true for a view not kept).
    private func changed(_ id: ViewID) -> Bool {
        if let known = state.withLock({ $0.viewChanged[id] }) { return known }
        let (job, kept) = state.withLock { ($0.viewJobs[id], $0.views[id]) }
        let changed = !(job.map { job in kept.map { $0.inputs == job.inputs } ?? false } ?? false)
        // The first answer of the build stands: the kept view is replaced once rendered again.
        return state.withLock { state in
            if state.viewChanged[id] == nil { state.viewChanged[id] = changed }
            return state.viewChanged[id] ?? changed
        }
    }

    /// The HTML of `job`'s view, rendered only if its inputs differ from those of the kept one.
    private func view(_ job: ViewJob) -> String {
        let (kept, renderedAgain) = state.withLock { ($0.views[job.id], $0.viewsRendered.contains(job.id)) }
        if let kept, renderedAgain || !changed(job.id) { return kept.html }
        let html = job.make()
        state.withLock { state in
            state.views[job.id] = (job.inputs, html)
            state.viewsRendered.insert(job.id)
        }
        return html
    }
}

extension OutputJob.Content {
    /// The content as bytes.
    func data() throws -> Data {
        switch self {
        case .text(let text): return Data(text.utf8)
        case .data(let data): return data
        case .parts(let parts): return Data(parts.joined().utf8)
        case .pieces(let pieces):
            var data = Data()
            try pieces { data.append($0) }
            return data
        case .list(let list):
            var data = Data()
            try list.write { data.append($0) }
            return data
        }
    }
}
