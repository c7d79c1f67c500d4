import MonographCore
import MonographViews

/// One computed view to render for a site: its inputs, and the work that renders it for pages at every
/// depth (its links start with `ViewFrame.rootMarker`).
package struct ViewJob: Sendable {
    package let id: ViewID
    /// What the view is rendered from, computed when first asked (by the view's rendering or by a page that
    /// places it).
    package var inputs: JobInputs { lazyInputs.value }
    private let lazyInputs: LazyValue<JobInputs>
    package let make: @Sendable () -> String

    /// The job of `view` over `site`; `inputs` holds the inputs already computed for other views.
    package init(_ view: any ComputedView.Type, site: Site, markdown: Markdown, linkTexts: LazyValue<[String: String]>, inputs: SharedInputs) {
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

    package init(id: ViewID, inputs: @autoclosure @escaping @Sendable () -> JobInputs, make: @escaping @Sendable () -> String) {
        self.id = id
        lazyInputs = LazyValue(inputs)
        self.make = make
    }
}
