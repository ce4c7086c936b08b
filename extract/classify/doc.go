// Package classify is the last stage: it labels every sentence agreement,
// demand, reaction or other, with the cue words that decided it and the
// actors behind it.
//
// Reads: text, sentences, tokens, index, tags, entities, quotes. Writes:
// labels, one per sentence.
//
// A sentence's features are the cue phrases of lexicon cues.tsv it holds,
// each in the context the rules find it in (rules.go: a negation governs
// it, it stands inside quotation marks, it is a participle on a document,
// "welcomed" receives a person, …), the findings of rules of their own (a
// request verb with an addressee and "to", a warning with a condition) and
// its attributed speech (actors.go). Each feature has a weight for each of
// the four labels (lexicon weights.tsv); its value (a cue's weight in
// cues.tsv, else 1) times that weight adds to the label's score, and the
// highest score wins. Sentences of no label of their own can take one from
// the sentences before them (the terms of an agreement, a point under an
// agreed list). The words of every rule and every weight are lexicon data
// (lists/, cues.tsv, weights.tsv). Explain shows the decision for one
// sentence, feature by feature.
package classify
