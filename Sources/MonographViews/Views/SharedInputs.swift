import Foundation
import MonographCore
import Synchronization

/// The inputs of the views of one rendering, each computed once, by name (`ComputedView.inputName`):
/// views that share a name share one input.
package final class SharedInputs: Sendable {
    private let inputs = Mutex<[String: LazyValue<any Sendable>]>([:])

    package init() {}

    package func input<View: ComputedView>(of view: View.Type, _ monographs: [Monograph]) -> ViewInput<View.Entry> {
        let key = View.inputName
        let lazy = inputs.withLock { inputs in
            let lazy = inputs[key] ?? LazyValue<any Sendable> { View.input(monographs) }
            inputs[key] = lazy
            return lazy
        }
        return lazy.value as? ViewInput<View.Entry> ?? View.input(monographs)
    }
}
