import Foundation

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
