/// Gives back to the system the memory freed by a phase (the YAML trees and source texts of loading),
/// so that the peak of a large build is the larger of its phases rather than their sum.
package enum Memory {
    package static func releaseFreedPages() {
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
