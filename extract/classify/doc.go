// Package classify is the last stage: it labels every sentence agreement,
// demand, reaction or other, with the cue words that decided it and the
// actors behind it.
//
// Reads: text, sentences, tokens, index, tags, entities, quotes. Writes:
// labels, one per sentence.
//
// Cue phrases (lexicon cues.tsv) add weight to their label, adjusted by a
// few rules a linguist would state (rules.go): a negation cancels an
// agreement or a demand ("ended without any agreement"), a warning with a
// conditional threat is a demand and otherwise an assessment, "welcomed" a
// person is hospitality, a participle after a noun ("the protocol signed
// in 2014") is background. Attributed speech weighs as a reaction
// (actors.go). The heaviest label wins when it passes the threshold, else
// the sentence is other unless it goes on with the terms of an agreement
// before it. The words of every rule and every weight are lexicon data
// (lists/, weights.tsv). Explain shows the decision for one sentence.
package classify
