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

    /// What the last build left, changed by the next one (`serve` builds one at a time) and by the
    /// edits written while it runs (`writeEditedMonographs`).
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
        /// The site last read without error, with the scan it was read with; nil after a build that
        /// failed, and while a build reads changed settings or templates.
        var lastGood: (site: Site, scan: ContentLoader.Scan)?
        /// The files written by edits, each with the number of the last edit that wrote it.
        var edited: [String: Int] = [:]
    }

    private let kept = Mutex(Kept())

    /// Each of `Kept`'s values (`state.written`…), read and written under the lock.
    package subscript<Value: Sendable>(dynamicMember value: WritableKeyPath<Kept, Value>) -> Value {
        get { kept.withLock { $0[keyPath: value] } }
        set { kept.withLock { $0[keyPath: value] = newValue } }
    }

    /// The number of edits written (`writeEditedMonographs`), under the lock that every write of a build
    /// or an edit to the output folder takes.
    private let edits = Mutex(0)

    /// The number of edits written so far: what a build starts from.
    var editsWritten: Int { edits.withLock { $0 } }

    /// An edit's write: `files`, a few of the site's, over what the output folder holds. Returns the
    /// paths whose bytes changed.
    func writeEdit(_ files: [String: Data], with writer: OutputWriter) throws -> [String] {
        try edits.withLock { edits in
            edits += 1
            let number = edits
            return try kept.withLock { kept in
                do {
                    let changed = try writer.overwrite(files, previous: kept.written)
                    // Changed in place: an edit adds a few files to tens of thousands.
                    kept.written.merge(files) { _, new in new }
                    for path in files.keys { kept.edited[path] = number }
                    return changed
                } catch {
                    kept.written = Self.unknown
                    throw error
                }
            }
        }
    }

    /// A build's write: the output folder brought from what it holds to `files(written)`, but for the
    /// files of the edits written since the build started (`after`, the number it started from), which
    /// are newer than its own and stay as they are; the build that such an edit asks for follows.
    /// Returns the paths written or removed.
    func writeBuild(
        after generation: Int, with writer: OutputWriter, _ files: ([String: Data]) -> [String: Data]
    ) throws -> [String] {
        // Compared outside the lock: at 20,000 monographs comparing the site's files takes longer than
        // writing the few that changed, and an edit must not wait for it. Edits written meanwhile are
        // newer than `generation`, and left as they are below.
        let previous = kept.withLock { $0.written }
        var files = files(previous)
        let changes = writer.changes(from: previous, to: files)
        return try edits.withLock { _ in
            try kept.withLock { kept in
                let newer = kept.edited.filter { $0.value > generation }
                for path in newer.keys { files[path] = kept.written[path] }
                var changes = changes
                changes?.writing.removeAll { newer[$0] != nil }
                changes?.removing.removeAll { newer[$0] != nil }
                do {
                    let changed = try writer.update(files, applying: changes)
                    kept.written = files
                    return changed
                } catch {
                    kept.written = Self.unknown
                    throw error
                }
            }
        }
    }

    /// Forgets the edits up to `generation`, whose files a build read after they were written.
    func forgetEdits(upTo generation: Int) {
        kept.withLock { kept in kept.edited = kept.edited.filter { $0.value > generation } }
    }

    /// What the output folder holds after a write that failed: unknown, so that the next build writes
    /// it whole.
    private static let unknown: [String: Data] = [:]

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
    ///
    /// The files of an edit written while the build runs (`writeEditedMonographs`) are newer than its
    /// own: it leaves them as they are.
    @discardableResult
    package func rebuild(projectRoot: URL, state: IncrementalState, earlyStep: (([String]) -> Void)? = nil) throws -> [String] {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let generation = state.editsWritten
        // After a build that fails, edits wait for one that reads the folder without error.
        var succeeded = false
        defer { if !succeeded { state.lastGood = nil } }
        let templateStamp = ParseCache.stamps(under: templates)
        let settingsStamp = ["site.yml", "referentiel.yml"].map { ParseCache.stamp(of: content.appendingPathComponent($0)) ?? "?" }
        if templateStamp != state.templatesStamp || settingsStamp != state.settingsStamp {
            // Edits wait too for the site read with these.
            state.lastGood = nil
            state.outputs.removeAll()
            state.templates = nil
            state.templatesStamp = templateStamp
            state.settingsStamp = settingsStamp
        }
        let (site, scan) = load(reusing: state.parses)
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
        state.lastGood = (site, scan)
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
            let changed = try state.writeBuild(after: generation, with: writer) { $0.merging(stepFiles) { _, new in new } }
            clock.lap(index == 0 ? "premières pages" : "pages du site")
            earlyStep?(changed)
        }
        memo.endBuild(produced: Set(jobs.map(\.path)))
        clock.lap("rendu")
        let changed = try state.writeBuild(after: generation, with: writer) { _ in made }
        state.forgetEdits(upTo: generation)
        state.searchDocuments = SearchDocuments(site: site, markdown: renderer.markdown)
        clock.lap("écriture")
        succeeded = true
        return changed
    }

    /// Writes the files of the monographs whose files are `changed` (their pages, history pages and
    /// citations), from the site last read without error with these monographs read again, and returns
    /// the paths written; nil, writing nothing, unless each changed file is a monograph of that site
    /// that reads without error, keeps its place in the home order and its name, and places no computed
    /// view. `serve` calls it with the files the system names, before a rebuild, and while one runs.
    ///
    /// This shows an edited page without listing, reading or comparing the whole folder, so that it costs
    /// the same at 20,000 monographs as at 20. It is only a first step: the rebuild that must follow reads
    /// the folder as always, these files too (what is read here is not kept, having been read with the
    /// site last read, whose settings may be changing), and rewrites whatever differs, such as a
    /// neighbour's name or a date from a commit made meanwhile. A rebuild under way leaves these files as
    /// they are, since its own predate the edit.
    package func writeEditedMonographs(_ changed: Set<String>, projectRoot: URL, state: IncrementalState) throws -> [String]? {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        guard let lastGood = state.lastGood, let templates = state.templates, !state.written.isEmpty else { return nil }
        let (site, scan) = lastGood
        let folder = content.path + "/reseaux/"
        var edited = site
        var indices: [Int] = []
        for path in changed.sorted() {
            let name = path.hasPrefix(folder) ? path.dropFirst(folder.count) : ""
            let slug = name.hasSuffix(".md") && !name.contains("/") ? String(name.dropLast(3)) : nil
            guard let slug, let index = site.monographs.firstIndex(where: { $0.slug == slug }) else {
                // A file that is not in the site and is not there now (an editor's copy of the file it saves,
                // gone once it is saved) or that the content never reads (a hidden one) changes nothing.
                let hidden = path.split(separator: "/").last?.hasPrefix(".") ?? false
                if hidden || ParseCache.stamp(ofPath: path) == nil { continue }
                return nil
            }
            let read = scan.read(monograph: slug)
            let before = site.monographs[index]
            // Its name is shown by its neighbours' pages, its number and sort key place it.
            guard let monograph = read.0, !read.1.hasErrors, monograph.nom == before.nom, monograph.numero == before.numero,
                monograph.sortKey == before.sortKey, monograph.body.views.isEmpty, before.body.views.isEmpty
            else { return nil }
            edited.replace(monographAt: index, with: monograph)
            indices.append(index)
        }
        guard !indices.isEmpty else { return nil }
        let renderer = SiteRenderer(site: edited, templates: templates, search: searchStatus)
        var collector = FileCollector()
        try collector.putAll(indices.flatMap(renderer.jobs(ofMonographAt:)))
        return try state.writeEdit(collector.files, with: writer)
    }

    /// Loads the content, reading again only the monograph files changed since `parses` last saw them.
    private func load(reusing parses: ParseCache) -> (Result<Site, ContentErrors>, ContentLoader.Scan) {
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
        return (site, scan)
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
