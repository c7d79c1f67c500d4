/// How `monograph new` presents a key to the writer: the comment above it, what it starts with, and
/// how a commented example writes it.
package struct Prompt: Sendable {
    /// What the key holds in a new monograph.
    package enum Start: Sendable {
        /// Nothing (`missions:`), an empty list (`cycles: []`) or, for a dictionary, its keys.
        case empty
        /// A text to replace, between quotes.
        case placeholder(String)
        /// The name given to `monograph new`.
        case networkName
        /// One more than the highest `numero` of the other monographs.
        case nextNumber
        /// Not written: the comment shows it in an example.
        case commentedOut
    }

    /// Comment lines written above the key, without « # ».
    var comment: [String] = []
    /// Whether the key starts a section of the monograph, after a blank line.
    var opensSection = false
    package var start = Start.empty
    /// The value as a commented example of the enclosing list writes it (`1945`, `[invention, extension]`).
    package var sample: String?
    /// A note after the sample, in the same comment.
    package var note: String?
}
