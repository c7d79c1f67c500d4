import Foundation
import MonographCore
import MonographViews

/// The CSV files of the open data (FORMAT §8), all written the same way: UTF-8 without a byte order
/// mark, fields separated by commas, a header row, CRLF line ends, and RFC 4180 quoting (a field that
/// holds a comma, a double quote, CR or LF is put between double quotes, its quotes doubled). A cell
/// that lists ids joins them with « ; ».
extension OpenData {
    enum CSV {
        /// One record: its fields, quoted where they must be, and the line end.
        static func record(_ fields: [String]) -> String {
            fields.map(field).joined(separator: ",") + "\r\n"
        }

        static func field(_ s: String) -> String {
            guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
            return "\"" + Text.replacing("\"", with: "\"\"", in: s) + "\""
        }

        /// The cell of a list of ids.
        static func list(_ ids: [String]) -> String {
            ids.joined(separator: ";")
        }
    }
}
