import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

extension Diagnostic {
    /// A file or folder that could not be written under `folder` (as shown to the user).
    ///
    /// Foundation's file errors describe themselves in English, at length; they become
    /// « impossible d'écrire « path » (reason) », worded as MonographKit words its own writing errors,
    /// which are in French already and kept as they are.
    static func writingFailure(_ error: any Error, in folder: String) -> Diagnostic {
        guard let cocoa = error as? CocoaError else { return Diagnostic(file: folder, message: "\(error)") }
        let reason = (cocoa.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) } ?? cocoa.localizedDescription
        return Diagnostic(file: folder, message: "impossible d'écrire « \(cocoa.filePath ?? folder) » (\(reason))")
    }
}
