import Foundation

/// Loads and validates a content folder into a `Site`, collecting every problem in one pass.
package struct ContentLoader: Sendable {
    /// The content folder.
    package let root: URL
    /// How the folder is named in diagnostics (e.g. `Content`).
    package let displayRoot: String

    package init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    /// Loads the whole site; on any error, returns every diagnostic found.
    package func load() -> Result<Site, ContentErrors> {
        let scan = scan()
        // The dates are asked of git on the side, while the files are read.
        let history = LazyValue { [root] in ContentHistory.current(content: root) }
        DispatchQueue.global().async { _ = history.value }
        // Each file is read and checked on its own, on every core; diagnostics are merged in file order.
        return assemble(scan, monographs: Parallel.map(scan.files.monographs, scan.read), history: history)
    }

    /// The content folder's files, with the settings and the referentiel every monograph is read with.
    package struct Scan: Sendable {
        package let files: Files
        package let settings: SiteSettings?
        package let referentiel: Referentiel
        let reader: ContentReader
        package let bag: DiagnosticBag
        package let loader: ContentLoader

        /// Reads and checks one monograph file on its own.
        package func read(_ file: ContentFile) -> (Monograph?, DiagnosticBag) {
            var bag = DiagnosticBag()
            guard let source = loader.readSource(file, &bag) else { return (nil, bag) }
            let monograph = reader.monograph(source, slug: file.slug, &bag)
            if let monograph { loader.checkViews(monograph.body.views, file: monograph.path, &bag) }
            return (monograph, bag)
        }

        /// Reads and checks the monograph file `reseaux/<slug>.md` on its own.
        package func read(monograph slug: String) -> (Monograph?, DiagnosticBag) {
            read(ContentFile(root: loader.root.path, relative: "reseaux/\(slug).md"))
        }
    }

    /// The one error of a content folder that does not exist: the command was most likely run from
    /// another folder than the project's; nil when the folder exists.
    package func missingFolder() -> Diagnostic? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue { return nil }
        let parent = root.deletingLastPathComponent().path
        return Diagnostic(
            file: displayRoot,
            message: "pas de dossier « \(root.lastPathComponent) » dans \(parent) : lancez monograph depuis le dossier du projet"
                + " (celui qui contient Content/ et Templates/), ou indiquez le dossier du contenu avec --content")
    }

    /// Lists the files and reads `site.yml` and `referentiel.yml`.
    package func scan() -> Scan {
        var bag = DiagnosticBag()
        if let missing = missingFolder() {
            bag.append(missing)
            return Scan(
                files: Files(), settings: nil, referentiel: Referentiel(fonctions: [], natures: [], phases: [], echelons: [], types: []),
                reader: ContentReader(site: nil), bag: bag, loader: self)
        }
        let files = listFiles(&bag)
        var reader = ContentReader(site: nil)
        let referentiel =
            reader.referentiel(files.referentiel.flatMap { readSource($0, &bag) }, &bag)
            ?? Referentiel(fonctions: [], natures: [], phases: [], echelons: [], types: [])
        reader.referentiel = referentiel
        if files.referentiel == nil {
            bag.error(
                "fichier « referentiel.yml » introuvable : il définit les fonctions, natures, phases, échelons et types",
                file: display("referentiel.yml"))
        }
        let settings = files.site.flatMap { readSource($0, &bag) }.flatMap { reader.settings($0, &bag) }
        if files.site == nil {
            bag.error(
                "fichier « site.yml » introuvable : il doit donner au moins le titre du site (« titre: … »)",
                file: display("site.yml"))
        }
        reader.markdown = MarkdownOptions(allowRawHTML: settings?.htmlBrut ?? false)
        return Scan(files: files, settings: settings, referentiel: referentiel, reader: reader, bag: bag, loader: self)
    }

    /// The site from a scan and its monographs as read (in the scan's file order), after the checks
    /// across files, dated by `history` (read from git here when not given); or every diagnostic found.
    package func assemble(
        _ scan: Scan, monographs loaded: [(Monograph?, DiagnosticBag)], history: LazyValue<ContentHistory>? = nil
    ) -> Result<Site, ContentErrors> {
        var bag = scan.bag
        for (_, fileBag) in loaded { bag.append(contentsOf: fileBag) }
        let monographs = loaded.compactMap(\.0)
        let booklet = scan.files.booklet.compactMap { file -> BookletPage? in
            guard let source = readSource(file, &bag) else { return nil }
            return scan.reader.bookletPage(source, slug: file.slug, &bag)
        }
        let synthesis = scan.files.synthesis.flatMap { readSource($0, &bag) }.flatMap { scan.reader.synthesisPage($0, &bag) }

        checkUniqueNumbers(monographs, &bag)
        for page in booklet { checkViews(page.body.views, file: page.path, &bag) }
        if let synthesis { checkViews(synthesis.body.views, file: synthesis.path, &bag) }

        guard !bag.hasErrors, let settings = scan.settings else {
            return .failure(ContentErrors(quotingLines(bag.sorted, of: scan.files.all)))
        }
        let history = history?.value ?? ContentHistory.current(content: root)
        var site = Site(
            settings: settings, referentiel: scan.referentiel,
            monographs: Self.homeOrder(monographs),
            booklet: booklet.sorted { ($0.ordre ?? Int.max, $0.slug) < ($1.ordre ?? Int.max, $1.slug) },
            synthesis: synthesis)
        site.dating(with: history)
        return .success(site)
    }

    /// Loads only `referentiel.yml` (for the schema).
    package func loadReferentiel() -> Result<Referentiel, ContentErrors> {
        var bag = DiagnosticBag()
        if let missing = missingFolder() { return .failure(ContentErrors([missing])) }
        let file = ContentFile(root: root.path, relative: "referentiel.yml")
        let referentiel = readSource(file, &bag).flatMap { ContentReader(site: nil).referentiel($0, &bag) }
        if let referentiel, !bag.hasErrors { return .success(referentiel) }
        if !bag.hasErrors { bag.error("fichier « referentiel.yml » introuvable", file: display("referentiel.yml")) }
        return .failure(ContentErrors(quotingLines(bag.sorted, of: [file])))
    }

    /// `diagnostics`, each with the text of its line for the caret display of `build` and `check`.
    ///
    /// Only a failed load pays for it: the few files named by diagnostics are read again here, because
    /// checks across files (numbers, views) run once each file's text is gone, and a caller that kept
    /// monographs from an earlier load did not read their files at all.
    func quotingLines(_ diagnostics: [Diagnostic], of files: [ContentFile]) -> [Diagnostic] {
        let byPath = Dictionary(files.map { (display($0.relative), $0) }, uniquingKeysWith: { first, _ in first })
        return Diagnostic.quotingLines(diagnostics) { path in
            guard let file = byPath[path], case .success(let bytes) = FastFiles.read(file.path, limit: Self.maximumFileSize) else {
                return nil
            }
            return SourceFile.text(lossy: bytes[...])
        }
    }

    /// By `numero` (those without one last), then by name in French alphabetical order.
    static func homeOrder(_ monographs: [Monograph]) -> [Monograph] {
        monographs.map { ($0, $0.sortKey.isEmpty ? Text.frenchSortKey($0.nom) : $0.sortKey) }.sorted { x, y in
            let (a, b) = (x.0, y.0)
            switch (a.numero, b.numero) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.1 != y.1 ? x.1 < y.1 : a.slug < b.slug
            }
        }.map(\.0)
    }

    // MARK: Files

    /// A file of the content folder: its full path, its path relative to the folder, and its slug.
    package struct ContentFile {
        package let path: String
        package let relative: String
        package var slug: String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        }

        init(root: String, relative: String) {
            self.path = root + "/" + relative
            self.relative = relative
        }
    }

    package struct Files {
        package var site: ContentFile?
        package var referentiel: ContentFile?
        package var synthesis: ContentFile?
        package var monographs: [ContentFile] = []
        package var booklet: [ContentFile] = []

        package var all: [ContentFile] {
            [site, referentiel, synthesis].compactMap { $0 } + monographs + booklet
        }
    }

    package func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : displayRoot + "/" + relative
    }

    private func listFiles(_ bag: inout DiagnosticBag) -> Files {
        var files = Files()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if let missing = missingFolder() { bag.append(missing) }
            return files
        }
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        func entries(_ relative: String) -> [String] {
            FastFiles.entries(of: relative.isEmpty ? root.path : root.path + "/" + relative).filter { !$0.hasPrefix(".") }.sorted()
        }
        // Plain lstat/stat: thousands of files are listed at every save while `serve` runs.
        let rootPath = root.path
        func accept(_ relative: String, directory: Bool) -> ContentFile? {
            let file = ContentFile(root: rootPath, relative: relative)
            var info = stat()
            guard lstat(file.path, &info) == 0 else {
                bag.error("fichier illisible", file: display(relative))
                return nil
            }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                let target = URL(fileURLWithPath: file.path).resolvingSymlinksInPath().standardizedFileURL.path
                if !(target == realRoot || target.hasPrefix(realRoot + "/")) {
                    bag.error("lien symbolique vers « \(target) », hors du dossier de contenu : refusé", file: display(relative))
                    return nil
                }
                guard stat(file.path, &info) == 0 else {
                    bag.error("lien symbolique cassé", file: display(relative))
                    return nil
                }
            }
            if ((info.st_mode & S_IFMT) == S_IFDIR) != directory {
                bag.error(
                    directory ? "« \(relative) » devrait être un dossier" : "« \(relative) » devrait être un fichier",
                    file: display(relative))
                return nil
            }
            return file
        }
        for name in entries("") {
            switch name {
            case "site.yml": files.site = accept(name, directory: false)
            case "referentiel.yml": files.referentiel = accept(name, directory: false)
            case "synthese.md": files.synthesis = accept(name, directory: false)
            case "reseaux", "livret":
                guard accept(name, directory: true) != nil else { continue }
                for child in entries(name) {
                    let relative = name + "/" + child
                    guard child.hasSuffix(".md") else {
                        bag.error("fichier inattendu : seuls des fichiers « .md » sont lus dans « \(name)/ »", file: display(relative))
                        continue
                    }
                    let slug = String(child.dropLast(3))
                    guard Text.isValidSlug(slug) else {
                        bag.error(
                            "nom de fichier invalide : « \(slug) » doit être en minuscules sans accents, chiffres et tirets (par exemple « \(Text.slug(slug).isEmpty ? "mon-reseau" : Text.slug(slug)).md »)",
                            file: display(relative))
                        continue
                    }
                    guard let file = accept(relative, directory: false) else { continue }
                    if name == "reseaux" { files.monographs.append(file) } else { files.booklet.append(file) }
                }
            default:
                let known = ["site.yml", "referentiel.yml", "synthese.md", "reseaux", "livret"]
                bag.error("élément inattendu dans le dossier de contenu" + Suggestion.hint(for: name, in: known), file: display(name))
            }
        }
        return files
    }

    /// The largest file accepted; larger ones are refused rather than read into memory.
    static let maximumFileSize = 16 * 1024 * 1024

    func readSource(_ file: ContentFile, _ bag: inout DiagnosticBag) -> SourceFile? {
        let path = display(file.relative)
        let bytes: [UInt8]
        switch FastFiles.read(file.path, limit: Self.maximumFileSize) {
        case .success(let read): bytes = read
        case .failure(.tooLarge(let size)):
            bag.error("fichier trop volumineux (\(size / 1_048_576) Mo ; au plus \(Self.maximumFileSize / 1_048_576) Mo)", file: path)
            return nil
        case .failure(.unreadable):
            bag.error("fichier illisible", file: path)
            return nil
        }
        switch SourceFile.decode(bytes, path: path) {
        case .success(let file): return file
        case .failure(let errors):
            for diagnostic in errors.diagnostics { bag.append(diagnostic) }
            return nil
        }
    }

    // MARK: Cross-file checks

    private func checkUniqueNumbers(_ monographs: [Monograph], _ bag: inout DiagnosticBag) {
        var seen: [Int: Monograph] = [:]
        for monograph in monographs.sorted(by: { $0.path < $1.path }) {
            guard let numero = monograph.numero, let place = monograph.numeroLocation else { continue }
            if let first = seen[numero] {
                bag.error(
                    "numéro \(numero) déjà utilisé par « \(first.path) » (\(first.nom)) ; chaque réseau a son propre numéro",
                    at: place)
            } else {
                seen[numero] = monograph
            }
        }
    }

    /// Reports unknown view ids, with the closest known one.
    func checkViews(_ uses: [SectionedBody.ViewUse], file: String, _ bag: inout DiagnosticBag) {
        let known = ViewID.allCases.map(\.rawValue)
        for block in uses where ViewID(rawValue: block.id) == nil {
            let message =
                block.id.isEmpty
                ? "bloc « vue » sans identifiant (vues possibles : \(known.joined(separator: ", ")))"
                : "vue inconnue « \(block.id) »" + Suggestion.hint(for: block.id, in: known)
                    + " (vues possibles : \(known.joined(separator: ", ")))"
            bag.error(message, file: file, line: block.line, column: block.column)
        }
    }
}
