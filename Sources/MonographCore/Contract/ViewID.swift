/// The computed views a body can place with a ```` ```vue <id> ```` block (FORMAT §5).
package enum ViewID: String, CaseIterable, Sendable {
    case phases
    case fonctionsParPhase = "fonctions-par-phase"
    case fonctionsParReseau = "fonctions-par-reseau"
    case echelonsTerritoriaux = "echelons-territoriaux"
    case natures
    case identites
    case panoramaInnovations = "panorama-innovations"
    case completude
}
