// Package tokenize is the token stage: it splits sentences into word and
// punctuation tokens and indexes them once for every stage after it.
//
// Reads: text, sentences. Writes: tokens and index.
//
// Tokens are sorted, each inside one sentence. Words keep inner hyphens,
// apostrophes and dots ("Russia-Ukraine", "U.S."); a possessive ’s / 's
// is a token of its own; numbers joined by an en dash stay apart. The
// index (pipeline.TokenIndex) holds each token's folded text
// (text.Fold), the class of that fold in the lexicon's word index, which
// gives its word lists and cues, and each sentence's token range.
package tokenize
