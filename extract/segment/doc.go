// Package segment is the sentence stage: it splits each paragraph into
// sentences.
//
// Reads: text, paragraphs. Writes: sentences.
//
// Sentences are sorted, each inside one paragraph and trimmed of white
// space. A sentence never ends inside a pair of quotation marks (he said
// “A. B.” is one sentence) and a line break always ends one; a full stop
// after an abbreviation (lexicon abbrev.txt), an initial or a dotted
// acronym does not.
package segment
