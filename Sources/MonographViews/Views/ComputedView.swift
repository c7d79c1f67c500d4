import MonographCore

/// A computed view of FORMAT §5: the part of each monograph it reads, what it counts, and how it shows.
///
/// A view sees the site only through its `Entry`, one per network: its figures, its coverage and its
/// HTML are functions of those entries and the referentiel. Whatever compares two renderings of a view
/// compares its `ViewInput`, so what decides a re-rendering is exactly what the view reads.
package protocol ComputedView: SendableMetatype {
    /// The part of one monograph the view reads.
    associatedtype Entry: Equatable & Sendable

    static var id: ViewID { get }
    /// The section whose editorial state tells whether a network's data for the view is complete; nil
    /// for a view that shows every network's state.
    static var governingSection: SectionID? { get }
    /// The caption shown when no network has data for the view.
    static var titleWithoutData: String { get }
    /// The view's key in `synthese.json` and its `couverture`; nil for a view with no figures there.
    static var dataKey: String? { get }
    /// The name of the view's input within a rendering. Views whose `entry(_:)` and `governingSection`
    /// are the same may share one input by giving the same name (the four views of practices do); by
    /// default each view has its own.
    static var inputName: String { get }

    /// The view's figures in `synthese.json`, under `dataKey`; nil for a view whose figures are not
    /// there (its coverage may be).
    static func data(_ input: ViewInput<Entry>, _ referentiel: Referentiel) -> JSONValue?

    static func entry(_ m: Monograph) -> Entry
    /// Whether a network's entry gives the view anything to count (the coverage table of FORMAT §5).
    static func hasData(_ entry: Entry) -> Bool
    /// The view's caption, and its chart and table.
    static func content(_ input: ViewInput<Entry>, _ context: ViewContext) -> (title: String, html: String)
}

extension ComputedView {
    static var inputName: String { id.rawValue }

    package static func input(_ monographs: [Monograph]) -> ViewInput<Entry> {
        ViewInput(
            networks: monographs.map { m in
                ViewNetwork(
                    slug: m.slug, nom: m.nom, entry: entry(m),
                    partial: governingSection.map { m.state($0) == .partielle } ?? false)
            })
    }

    package static func coverage(_ input: ViewInput<Entry>) -> Coverage {
        Coverage(networks: input.networks.map { ($0.slug, hasData($0.entry), $0.partial) })
    }

    package static func coverage(of monographs: [Monograph], inputs: SharedInputs) -> Coverage {
        coverage(inputs.input(of: Self.self, monographs))
    }

    package static func data(of monographs: [Monograph], inputs: SharedInputs, referentiel: Referentiel) -> JSONValue? {
        data(inputs.input(of: Self.self, monographs), referentiel)
    }

    /// The view's input over `monographs`, as two renderings compare it.
    package static func inputs(of monographs: [Monograph]) -> JobInputs { JobInputs(input(monographs)) }

    /// The view as a figure: caption, coverage sentence, chart and table (or the notice alone when no
    /// network has data), and the links to the open data behind it.
    package static func render(_ input: ViewInput<Entry>, _ context: ViewContext) -> String {
        let coverage = coverage(input)
        let (title, body) = coverage.withData.isEmpty ? (titleWithoutData, "") : content(input, context)
        return ViewFrame.figure(id, coverage: coverage, title: title, body: body, context)
    }
}
