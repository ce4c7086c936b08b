package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// AbbrevSet answers whether a word is one of the abbreviations
// (abbrev.txt), for the stages that look at the word before a full stop:
// the segmenter (the stop does not end a sentence) and the tokenizer (the
// stop stays in the word: "Mr.", "Sen.").
type AbbrevSet struct {
	m map[string]bool
	f text.WordFilter // rules most words out before the map lookup
}

// NewAbbrevSet returns the lexicon's abbreviations as a set.
func (lx *Lexicon) NewAbbrevSet() *AbbrevSet {
	a := &AbbrevSet{m: lx.Abbrev}
	for w := range lx.Abbrev {
		a.f.Add(w)
	}
	return a
}

// Has reports whether word, without its full stop, is an abbreviation,
// in any case; a short ASCII word is lower-cased on the stack.
func (a *AbbrevSet) Has(word string) bool {
	var buf [32]byte
	if len(word) > len(buf) {
		return a.m[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return a.m[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !a.f.MayHaveBytes(buf[:len(word)]) { // a string conversion here would be a copy
		return false
	}
	return a.m[string(buf[:len(word)])]
}
