import FlyingFox
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

/// Serves the output folder, adding to each HTML page the reload script and, after a failed build,
/// the panel listing the diagnostics.
struct StaticHandler: HTTPHandler {
    let output: URL
    let state: PreviewState

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "svg": "image/svg+xml",
        "json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "js": "text/javascript; charset=utf-8",
    ]

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = await state.reloadNumber
        let diagnostics = await state.diagnostics
        guard let file = resolve(request.path) else {
            let notFound = output.appendingPathComponent("404.html")
            let page = (try? Data(contentsOf: notFound)) ?? Data("<!DOCTYPE html><title>404</title><p>Page introuvable.</p>".utf8)
            return html(page, status: .notFound, version: version, diagnostics: diagnostics)
        }
        let data = try Data(contentsOf: file)
        let type = Self.types[file.pathExtension.lowercased()] ?? "application/octet-stream"
        if file.pathExtension == "html" { return html(data, status: .ok, version: version, diagnostics: diagnostics) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }

    /// The file for a URL path inside the output folder: `/` and folders lead to `index.html`;
    /// nothing outside the folder is ever served.
    func resolve(_ path: String) -> URL? {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        var url = output
        for part in parts { url.appendPathComponent(part) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        return url
    }

    private func html(_ data: Data, status: HTTPStatusCode, version: Int, diagnostics: [Diagnostic]) -> HTTPResponse {
        let addition = Data((LiveReload.panel(diagnostics) + LiveReload.script(version: version)).utf8)
        // Inserted before the last `</body>`, found by a byte search from the end: a page may weigh
        // megabytes (a synthesis over thousands of networks).
        var page = data
        let closing = Array("</body>".utf8)
        var at = page.count - closing.count
        while at >= 0 && !page[(page.startIndex + at)..<(page.startIndex + at + closing.count)].elementsEqual(closing) { at -= 1 }
        if at >= 0 {
            page.insert(contentsOf: addition, at: page.startIndex + at)
        } else {
            page.append(addition)
        }
        return HTTPResponse(
            statusCode: status,
            headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
            body: page)
    }
}

/// The markup added to served pages.
enum LiveReload {
    /// Reconnects after a server restart. A message is a reload number followed by the pages that
    /// changed (`*`: all); the page reloads when it is among them, or when the number alone differs
    /// from its own (changes missed while disconnected).
    static func script(version: Int) -> String {
        """
        <script>(function(){var v="\(version)";function here(){var p=decodeURIComponent(location.pathname).replace(/^\\/+/,"");if(p===""||p.charAt(p.length-1)==="/"){p+="index.html";}return p;}function c(){var s=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"/__monograph/rechargement");s.onmessage=function(e){var m=String(e.data).split(" ");if(m[0]===v){return;}if(m.length===1||m.indexOf("*")>0||m.indexOf(here())>0){location.reload();}else{v=m[0];}};s.onclose=function(){setTimeout(c,500);};}c();})();</script>

        """
    }

    /// The diagnostics of a failed build, over the last good page.
    static func panel(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        func e(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let items = diagnostics.map { d -> String in
            let place = [d.file, d.line.map(String.init), d.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            return "<li><code style=\"font:inherit;font-weight:700\">\(e(place))</code> \(e(d.message))</li>"
        }.joined()
        return """
            <div id="monograph-erreurs" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:9999;background:#fff4f2;color:#5c0f00;border-top:4px solid #b3261e;padding:1rem 1.5rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)"><p style="margin:0 0 .5rem;font-weight:700">\(diagnostics.count) erreur\(diagnostics.count > 1 ? "s" : "") dans le contenu\u{202F}: la page affichée est la dernière version valide.</p><ul style="margin:0;padding-left:1.2rem">\(items)</ul></div>

            """
    }
}
