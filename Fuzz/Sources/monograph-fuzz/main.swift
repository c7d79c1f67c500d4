// libFuzzer target: one input is the bytes of one `reseaux/<slug>.md` file. It is decoded, split into
// front matter and body, read and validated against the FORMAT §3 reference frameworks, and its Markdown
// rendered, through `SingleFileCheck.monograph`. Any trap, sanitizer report or timeout is a finding.
//
// Besides crashes, it checks one invariant of the API: a monograph is returned exactly when no error
// was reported (a nil result without an error would silently drop a file from the site).

import Foundation
import FuzzDriver
import MonographCore

private let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
    let bytes: [UInt8] = if let data, size > 0 { Array(UnsafeBufferPointer(start: data, count: size)) } else { [] }
    let result = SingleFileCheck.monograph(bytes)
    let hasError = result.diagnostics.contains { $0.severity == .error }
    if (result.monograph == nil) != hasError {
        let shown = result.diagnostics.map(\.description).joined(separator: "\n")
        fatalError("monograph is \(result.monograph == nil ? "nil" : "non-nil") but hasError is \(hasError):\n\(shown)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
