// Package tag is the part-of-speech stage: it tags every token with
// extract/postag, prose's averaged perceptron.
//
// Reads: text, tokens, index (the sentences' token ranges). Writes: tags
// (Token.Tag, Penn Treebank tags).
//
// Each sentence is tagged on its own, as prose's tokenizer would give its
// words: curly quotes are tagged as the straight ones prose turns them
// into. The Model is made once per process; taggers, which remember the
// words they have seen, are pooled.
package tag
