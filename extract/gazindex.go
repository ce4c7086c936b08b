package extract

import (
	"strings"
	"unicode"
)

// phraseIndex lets a lookup that grows a phrase token by token (gazScan,
// demonymAt, the title readers) stop as soon as no listed phrase can hold
// it, instead of trying every length. It holds the word-aligned parts of
// a map's keys: for starts, every key's words before a space ("united"
// for "united nations"); for ends, every key's words after one
// ("nations"). Keys are single-spaced, like foldRange's.
type phraseIndex map[string]struct{}

func phraseStarts[V any](m map[string]V) phraseIndex {
	ix := make(phraseIndex, len(m)/2)
	for k := range m {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				ix[k[:i]] = struct{}{}
			}
		}
	}
	return ix
}

func phraseEnds[V any](m map[string]V) phraseIndex {
	ix := make(phraseIndex, len(m)/2)
	for k := range m {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				ix[k[i+1:]] = struct{}{}
			}
		}
	}
	return ix
}

// goesOn reports whether a listed phrase may hold b (the folded phrase
// read so far) and the next token across gap, the text between them.
// Across white space the phrase reads b, a space, then more, so b must be
// a start (an end, when reading leftwards); across no gap ("People" +
// "’s") the index cannot tell, and the answer is yes. A nil index (a
// Lexicon built by hand) always says yes.
func (ix phraseIndex) goesOn(b []byte, gap string) bool {
	if ix == nil || gap == "" || strings.IndexFunc(gap, isNotSpace) >= 0 {
		return true
	}
	_, ok := ix[string(b)]
	return ok
}

// isNotSpace is the complement of the white space fieldsFolder collapses.
func isNotSpace(r rune) bool { return !unicode.IsSpace(r) }
