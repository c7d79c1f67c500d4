import Foundation

/// The whole pipeline: load and validate the content, render it, and write the output folder atomically.
public struct SiteBuilder: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// How the folders are named in messages (as the user typed them).
    public var contentDisplay: String
    public var templatesDisplay: String

    public init(content: URL, templates: URL, output: URL, contentDisplay: String, templatesDisplay: String) {
        self.content = content
        self.templates = templates
        self.output = output
        self.contentDisplay = contentDisplay
        self.templatesDisplay = templatesDisplay
    }

    /// Loads and validates the content and templates; every problem of both is reported together.
    public func validate() -> Result<(Site, TemplateSetHandle), ContentErrors> {
        let site = ContentLoader(root: content, displayRoot: contentDisplay).load()
        let templates = TemplateSet.load(root: self.templates, displayRoot: templatesDisplay)
        switch (site, templates) {
        case let (.success(site), .success(templates)):
            return .success((site, TemplateSetHandle(set: templates)))
        default:
            var diagnostics: [Diagnostic] = []
            if case .failure(let errors) = site { diagnostics += errors.diagnostics }
            if case .failure(let errors) = templates { diagnostics += errors.diagnostics }
            return .failure(ContentErrors(diagnostics))
        }
    }

    /// Renders every output file in memory.
    public func render() -> Result<[String: Data], ContentErrors> {
        validate().map { site, templates in SiteRenderer(site: site, templates: templates.set).render() }
    }

    /// What a build wrote.
    public struct Report: Sendable {
        /// Relative paths of the files written, in writing order.
        public var files: [String] = []
        public var pages: Int { files.filter { $0.hasSuffix(".html") }.count }
    }

    /// Builds the site into the output folder, writing pages as they are rendered. On content errors,
    /// the output folder is left untouched.
    @discardableResult
    public func build(projectRoot: URL) throws -> Report {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let (site, templates) = try validate().get()
        clock.lap("chargement et validation")
        Memory.releaseFreedPages()
        var report = Report()
        report.files = try writer.write { sink in
            try SiteRenderer(site: site, templates: templates.set).render(into: &sink)
        }
        clock.lap("rendu et écriture")
        return report
    }
}

/// What `serve` keeps between builds so that one changed file costs little: parsed monographs,
/// rendered pages and the files last written.
public final class IncrementalState: @unchecked Sendable {
    let monographs = MonographCache()
    let pages = RenderCache()
    var templatesStamp: [String] = []
    var settingsStamp: [String] = []
    var written: [String: Data] = [:]
    var templates: TemplateSet?

    public init() {}
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
    public func rebuild(projectRoot: URL, state: IncrementalState, earlyStep: (([String]) -> Void)? = nil) throws -> [String] {
        let writer = OutputWriter(output: output)
        if let refusal = writer.check(sources: [content, templates], projectRoot: projectRoot) { throw refusal }
        let clock = PhaseClock()
        let templateStamp = Self.stamps(under: templates)
        let settingsStamp = ["site.yml", "referentiel.yml"].map { MonographCache.stamp(of: content.appendingPathComponent($0)) ?? "?" }
        if templateStamp != state.templatesStamp || settingsStamp != state.settingsStamp {
            state.pages.removeAll()
            state.templates = nil
            state.templatesStamp = templateStamp
            state.settingsStamp = settingsStamp
        }
        let site = ContentLoader(root: content, displayRoot: contentDisplay).load(cache: state.monographs)
        let templateSet = state.templates.map { Result<TemplateSet, ContentErrors>.success($0) }
            ?? TemplateSet.load(root: templates, displayRoot: templatesDisplay)
        if case .success(let loaded) = templateSet { state.templates = loaded }
        clock.lap("chargement et validation")
        guard case .success(let site) = site, case .success(let templateSet) = templateSet else {
            var diagnostics: [Diagnostic] = []
            if case .failure(let errors) = site { diagnostics += errors.diagnostics }
            if case .failure(let errors) = templateSet { diagnostics += errors.diagnostics }
            throw ContentErrors(diagnostics)
        }
        let jobs = SiteRenderer(site: site, templates: templateSet, cache: state.pages).jobs()
        let steps = [jobs.filter { !$0.heavy }, jobs.filter { $0.heavy && $0.path.hasSuffix(".html") },
                     jobs.filter { $0.heavy && !$0.path.hasSuffix(".html") }]
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
        clock.lap("rendu")
        let changed = try writer.update(made, previous: state.written)
        state.written = made
        clock.lap("écriture")
        return changed
    }

    /// Size, date and inode of every file under `folder`, sorted: changes when any template changes.
    static func stamps(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            result.append(relative + "=" + (MonographCache.stamp(of: url) ?? "?"))
        }
        return result.sorted()
    }
}

/// Loaded templates, opaque to the library's users.
public struct TemplateSetHandle {
    let set: TemplateSet
}

/// Prints the time of each build phase on standard error when `MONOGRAPH_TEMPS=1` (for benchmarks).
final class PhaseClock {
    private var last = ContinuousClock.now
    private let enabled = ProcessInfo.processInfo.environment["MONOGRAPH_TEMPS"] == "1"

    func lap(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(phase) : \(now - last)\n".utf8))
        last = now
    }
}

/// Gives back to the system the memory freed by a phase (the YAML trees and source texts of loading),
/// so that the peak of a large build is the larger of its phases rather than their sum.
enum Memory {
    static func releaseFreedPages() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
