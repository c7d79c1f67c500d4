import Yams

/// The entries of a YAML mapping, checked against the keys a place allows.
struct Fields {
    let node: Node
    private(set) var entries: [(key: String, keyNode: Node, value: Node)] = []
    /// The declaration of the keys, when they are the front matter's (`FrontMatter`).
    var group: FieldGroup?

    init(node: Node, entries: [(key: String, keyNode: Node, value: Node)]) {
        self.node = node
        self.entries = entries
    }

    /// The value under `key`, nil when absent or null (an empty value is the same as no value).
    subscript(key: String) -> Node? {
        for index in entries.indices where entries[index].key == key {
            if case .scalar(let scalar) = entries[index].value, scalar.style == .plain {
                switch scalar.string {
                case "", "~", "null", "Null", "NULL": return nil
                default: break
                }
            }
            return entries[index].value
        }
        return nil
    }
}

extension NodeReader {
    /// Reads a mapping, reporting keys not in `allowed` (with the closest allowed key) and every
    /// key of `required` that is missing. `what` names the place in messages (« la monographie »).
    package mutating func fields(_ node: Node, allowed: [String], required: [String] = [], what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(what) doit être un dictionnaire de clés (« clé: valeur »), pas \(Self.kind(of: node))", at: node)
            return nil
        }
        var entries: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                error("clé invalide dans \(what)", at: keyNode)
                continue
            }
            let key = scalar.string
            if !allowed.contains(key) {
                error("clé inconnue « \(key) » dans \(what)" + Suggestion.hint(for: key, in: allowed), at: keyNode)
                continue
            }
            entries.append((key, keyNode, value))
        }
        let fields = Fields(node: node, entries: entries)
        for key in required where fields[key] == nil {
            if let present = entries.first(where: { $0.0 == key }) {
                error("« \(key) » ne peut pas être vide dans \(what)", at: present.1)
            } else {
                error("clé obligatoire « \(key) » absente \(Text.de(what))", at: node)
            }
        }
        return fields
    }

    /// A string, from any scalar (numbers and booleans are read as written). `listItem` says whether
    /// the text stands in a list, for the message about a text that YAML read as a dictionary.
    package mutating func string(_ node: Node?, key: String, listItem: Bool = false) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            if reportsColonInText(node, listItem: listItem, key: key) { return nil }
            var message = "« \(key) » doit être un texte, pas \(Self.kind(of: node))"
            if case .mapping = node {
                message += " ; si le texte contient « : » (deux-points suivi d'une espace), mettez-le entre guillemets"
            }
            error(message, at: node)
            return nil
        }
        return scalar.string
    }

    /// An integer, written as figures, perhaps between quotes (`"1922"`) or grouped by thousands the French
    /// way (`45 000`, with a space, a no-break space or a narrow one). `example` is a valid value of the key,
    /// for the message; `meaning`, when given, says what each value of a small range means.
    package mutating func int(
        _ node: Node?, key: String, range: ClosedRange<Int>? = nil, example: Int? = nil, meaning: String? = nil
    ) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Self.integer(scalar.string) else {
            if let range, let meaning {
                let values = range.map(String.init)
                let choices = values.dropLast().joined(separator: ", ") + " ou " + (values.last ?? "")
                error("« \(key) » vaut \(choices) (\(meaning)), pas \(Self.describe(node))", at: node)
            } else {
                let hint = example.map { " (par exemple \($0))" } ?? ""
                error("« \(key) » doit être un nombre entier\(hint), pas \(Self.describe(node))", at: node)
            }
            return nil
        }
        if let range, !range.contains(value) {
            // Years stay as written (1943); larger figures are grouped by thousands (100 000 000).
            func figure(_ n: Int) -> String { range.upperBound > 9999 ? Format.number(n) : String(n) }
            error(
                "« \(key) » doit être compris entre \(figure(range.lowerBound)) et \(figure(range.upperBound)), pas \(figure(value))",
                at: node)
            return nil
        }
        return value
    }

    /// The integer `text` writes: figures, perhaps with a minus sign, or figures grouped by three with
    /// spaces (ordinary, no-break or narrow no-break), as French writes large numbers.
    package static func integer(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        let separators: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        let groups = text.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard groups.count > 1, (1...3).contains(groups[0].count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Int(groups.joined())
    }

    package mutating func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Self.booleans[scalar.string.lowercased()] else {
            error("« \(key) » doit valoir true ou false, pas \(Self.describe(node))", at: node)
            return nil
        }
        return value
    }

    /// The items of a sequence; a single scalar is refused with a hint to write a list.
    mutating func sequence(_ node: Node?, key: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let sequence) = node else {
            error("« \(key) » doit être une liste (une ligne « - … » par élément), pas \(Self.kind(of: node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    package mutating func strings(_ node: Node?, key: String) -> [String]? {
        guard let items = sequence(node, key: key) else { return nil }
        return items.compactMap { string($0, key: key, listItem: true) }
    }

    /// An id that must exist in `ids`; an unknown one is reported with the closest valid id.
    package mutating func id(_ node: Node?, key: String, in ids: [String], kind: IdKind) -> String? {
        guard let node, let value = string(node, key: key) else { return nil }
        guard ids.contains(value) else {
            let known = ids.isEmpty ? "" : Suggestion.hint(for: value, in: ids)
            error("\(kind.unknown) « \(value) »\(known) (valeurs possibles : \(ids.joined(separator: ", ")))", at: node)
            return nil
        }
        return value
    }

    /// A list of ids; when `distinct`, an id given twice is reported.
    package mutating func ids(_ node: Node?, key: String, in ids: [String], kind: IdKind, distinct: Bool = true) -> [String]? {
        guard let items = sequence(node, key: key) else { return nil }
        var result: [String] = []
        for item in items {
            guard let value = id(item, key: key, in: ids, kind: kind) else { continue }
            if distinct && result.contains(value) {
                error("« \(value) » apparaît deux fois dans « \(key) »", at: item)
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// The words YAML reads as booleans.
    static let booleans: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    package static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "un dictionnaire"
        case .sequence: "une liste"
        case .scalar: "un texte"
        case .alias: "un alias"
        }
    }

    static func describe(_ node: Node) -> String {
        if case .scalar(let scalar) = node {
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "« \(text) »"
        }
        return kind(of: node)
    }
}

/// What an id names, with the gender its adjectives agree with: « fonction inconnue », « échelon inconnu ».
package struct IdKind {
    let noun: String
    let feminine: Bool

    /// « fonction inconnue », « type inconnu ».
    var unknown: String { noun + (feminine ? " inconnue" : " inconnu") }

    package static let fonction = IdKind(noun: "fonction", feminine: true)
    package static let nature = IdKind(noun: "nature", feminine: true)
    package static let phase = IdKind(noun: "phase", feminine: true)
    package static let echelon = IdKind(noun: "échelon", feminine: false)
    package static let type = IdKind(noun: "type", feminine: false)
    package static let objet = IdKind(noun: "objet", feminine: false)
    package static let logique = IdKind(noun: "logique", feminine: true)
    static let redaction = IdKind(noun: "état de rédaction", feminine: false)
}
