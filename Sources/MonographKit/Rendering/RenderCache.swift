import Foundation

/// What `serve` keeps between builds so that a change re-renders only what depends on it: monograph
/// pages and their open-data entries, the pages and files built from the whole site, and the computed
/// views. Each kept output is stored with the inputs it was made from and reused while they are equal.
/// Pages that place computed views depend on every monograph and are never reused. The owner empties
/// the cache when templates, settings or the referentiel change.
public final class RenderCache: @unchecked Sendable {
    /// What a monograph page depends on, besides the templates, the settings and the referentiel: the
    /// parse of its file (a new parse is a new revision), its neighbours, and the navigation.
    struct PageKey: Equatable {
        var slug: String
        var revision: Int
        var previous: String?
        var next: String?
        var firstBookletPage: String?
        var hasSynthesis: Bool
    }

    /// What a page or file built from the whole site depends on: the generations of the site's parts it
    /// shows (see `generation(_:_:)`) and its own inputs.
    struct Inputs: Equatable {
        var generations: [Int]
        var extra: [String]
    }

    private let lock = NSLock()
    private var parts: [String: (value: Any, generation: Int)] = [:]
    private var memos: [String: (inputs: Inputs, value: String)] = [:]
    private var pages: [String: (key: PageKey, html: Data)] = [:]
    private var json: [String: (revision: Int, element: String)] = [:]
    private var synthesis: (key: [Int], value: Synthesis)?
    private var bodies: [String: (text: String, html: HTMLWithViews)] = [:]

    /// Inline Markdown renders, shared by every build of the session (their options never change
    /// without the cache being emptied).
    let inline = InlineMemo()

    /// The rows of each computed view, kept from its last rendering (see `ViewRows`).
    private var viewRows: [ViewID: ViewRows] = [:]

    func rows(of view: ViewID) -> ViewRows {
        lock.lock()
        defer { lock.unlock() }
        if let rows = viewRows[view] { return rows }
        let rows = ViewRows()
        viewRows[view] = rows
        return rows
    }

    public init() {}

    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        parts.removeAll()
        entryParts.removeAll()
        memos.removeAll()
        pages.removeAll()
        json.removeAll()
        synthesis = nil
        bodies.removeAll()
        viewRows.removeAll()
        inline.removeAll()
    }

    /// A number that stays the same as long as the part of the site named `name` stays equal to `value`,
    /// and changes when it does. Comparing the parts of unchanged monographs is cheap: their strings and
    /// arrays are the very ones kept from the last build.
    func generation<T: Equatable>(_ name: String, _ value: T) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let known = parts[name], let previous = known.value as? T, previous == value { return known.generation }
        let generation = (parts[name]?.generation ?? 0) + 1
        parts[name] = (value, generation)
        return generation
    }

    /// What `generation(_:_:extra:_:)` kept of each part: the monographs' slugs and revisions, their
    /// entries (an array of the part's entry type) and what else the part holds.
    private var entryParts: [String: (slugs: [String], revisions: [Int], entries: Any, extra: Any, generation: Int)] = [:]

    /// The generation of a part made of one entry per monograph (in the site's order) and of `extra`.
    /// The entry of a monograph with the same revision as in the last build is the one kept then:
    /// only the monographs parsed again are read and compared.
    func generation<Entry: Equatable, Extra: Equatable>(_ name: String, _ monographs: [Monograph], extra: Extra,
                                                         _ entry: (Monograph) -> Entry) -> Int {
        lock.lock()
        let kept = entryParts[name]
        lock.unlock()
        var changed = (kept?.extra as? Extra) != extra
        var slugs: [String], revisions: [Int], entries: [Entry]
        if let kept, var keptEntries = kept.entries as? [Entry], kept.slugs == monographs.map(\.slug) {
            // The same monographs in the same order: only those parsed again are read.
            revisions = kept.revisions
            for (index, m) in monographs.enumerated()
            where m.revision.number == 0 || revisions[index] != m.revision.number {
                let new = entry(m)
                if new != keptEntries[index] {
                    changed = true
                    keptEntries[index] = new
                }
                revisions[index] = m.revision.number
            }
            slugs = kept.slugs
            entries = keptEntries
        } else {
            changed = true
            slugs = monographs.map(\.slug)
            revisions = monographs.map(\.revision.number)
            entries = monographs.map(entry)
        }
        let generation = (kept?.generation ?? 0) + (changed ? 1 : 0)
        lock.lock()
        entryParts[name] = (slugs, revisions, entries, extra, generation)
        lock.unlock()
        return generation
    }

    private var nameLocks: [String: NSLock] = [:]

    /// Runs `body` while holding the lock of `name`: two pages that place the same view at the same
    /// time render it once, the second waiting for the first.
    func exclusively<T>(_ name: String, _ body: () -> T) -> T {
        lock.lock()
        let nameLock = nameLocks[name] ?? NSLock()
        nameLocks[name] = nameLock
        lock.unlock()
        nameLock.lock()
        defer { nameLock.unlock() }
        return body()
    }

    func memo(_ name: String, _ inputs: Inputs) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = memos[name], entry.inputs == inputs else { return nil }
        return entry.value
    }

    func storeMemo(_ value: String, _ name: String, _ inputs: Inputs) {
        lock.lock()
        defer { lock.unlock() }
        memos[name] = (inputs, value)
    }

    /// The synthesis computed for the views' inputs of generations `key`, computing it if needed.
    func synthesis(key: [Int], _ make: () -> Synthesis) -> Synthesis {
        lock.lock()
        if let kept = synthesis, kept.key == key {
            lock.unlock()
            return kept.value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        synthesis = (key, value)
        lock.unlock()
        return value
    }

    /// The body of the page `name` (a booklet or synthesis page) rendered with its views as place
    /// holders, kept while its text is unchanged: a change to a monograph changes the views only.
    func body(_ name: String, text: String, _ make: () -> HTMLWithViews) -> HTMLWithViews {
        lock.lock()
        if let kept = bodies[name], kept.text == text {
            lock.unlock()
            return kept.html
        }
        lock.unlock()
        let html = make()
        lock.lock()
        bodies[name] = (text, html)
        lock.unlock()
        return html
    }

    func page(for key: PageKey) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = pages[key.slug], entry.key == key else { return nil }
        return entry.html
    }

    func storePage(_ html: Data, for key: PageKey) {
        lock.lock()
        defer { lock.unlock() }
        pages[key.slug] = (key, html)
    }

    func json(for monograph: Monograph) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard monograph.revision.number != 0, let entry = json[monograph.slug],
              entry.revision == monograph.revision.number else { return nil }
        return entry.element
    }

    func storeJSON(_ element: String, for monograph: Monograph) {
        guard monograph.revision.number != 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        json[monograph.slug] = (monograph.revision.number, element)
    }
}
