// Package lexicon is the knowledge the stages share, loaded once per
// process into a read-only Lexicon: the gazetteer, nationalities, titles,
// name heads, abbreviations, cue phrases, every word list the rules use
// and the classifier's weights, all embedded data files (see README.md in
// this folder); code holds mechanisms only.
//
// Two indexes are built at load. The phrase table (phrases.go) answers
// the entity finder's questions about a word or phrase with one lookup:
// what it is in the gazetteer, nationality and title tables, and whether a
// listed phrase goes on from it. The word index (index.go) gives every
// folded word a class, whose bits say which word lists hold it and which
// cues may start at it; the tokenizer looks every token up once, and the
// stages test a list with one AND. Each list is one file of lists/ with a
// header saying what it is for, and one List bit.
package lexicon
