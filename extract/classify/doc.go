// Package classify is the last stage: it labels every sentence agreement,
// demand, reaction or other, with the cue words that decided it and the
// actors behind it.
//
// Reads: text, meta (the title's year), sentences, tokens, index, tags,
// entities, quotes. Writes: labels, one per sentence.
//
// A sentence's features are the cue phrases of lexicon cues.tsv it holds,
// each in the role the rules find it in (rules.go): a verb in the
// sentence's own voice or a noun; governed by a negation in its clause
// ("did not agree", "without any agreement"); a participle or adjective on
// a noun ("the disputed border"); inside a relative clause ("…, which Kyiv
// rejected"); background ("the protocol signed in 2014"); inside quotation
// marks or a reported clause; "welcomed" receiving a person; an agreement
// noun as the object of a verb that makes it ("reached the following
// agreements"); an agreement asked for or offered rather than done ("urged
// both sides to sign", "ready to accept"), or refused ("would never sign").
// Rules of their own add a request with an addressee and "to", a warning
// with a condition, and the sentence's attributed speech (actors.go) with
// what its words do by their parts of speech: grade, offer or tell a plan
// (speech.go), or whether it holds nothing else, a condition with a modal,
// a year before the article's and a pluperfect (clause.go). Each feature
// has a weight for each of the four labels (lexicon weights.tsv, fitted to
// the gold labels by parley fit); its value (a cue's weight in cues.tsv,
// else 1) times that weight adds to the label's score, and the highest
// score wins. Sentences can then take a label from the sentences before
// them (the terms of an agreement, a point under an agreed list, where a
// bare "must" states a term). Explain shows the decision for one sentence,
// feature by feature.
package classify
