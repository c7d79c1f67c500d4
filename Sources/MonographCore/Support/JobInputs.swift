/// What an output was made from, compared as a whole: two jobs with equal inputs make the same bytes.
///
/// A job's inputs are the very values its rendering reads (a page's projection of the site), so that
/// whoever keeps outputs between builds can never reuse one whose source changed. The templates, the
/// settings and the referentiel are read by almost every job and are not part of the inputs: whoever
/// keeps outputs must drop them all when one of those changes.
package struct JobInputs: Equatable, Sendable {
    private let value: any Sendable
    private let isEqual: @Sendable (any Sendable) -> Bool

    package init<Value: Equatable & Sendable>(_ value: Value) {
        self.value = value
        self.isEqual = { ($0 as? Value) == value }
    }

    /// The inputs of a job that depends on nothing but the templates, the settings and the referentiel.
    package static let constant = JobInputs(0)

    package static func == (a: JobInputs, b: JobInputs) -> Bool {
        a.isEqual(b.value)
    }
}
