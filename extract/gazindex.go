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

// isNotSpace is the complement of the white space text.FieldsFolder collapses.
func isNotSpace(r rune) bool { return !unicode.IsSpace(r) }

// phraseBits say what one folded phrase is in a lexicon table, so that a
// scan growing a phrase token by token learns with one lookup both
// whether the phrase is listed and whether a listed phrase goes on from
// it (the phraseIndex answer for the next step).
type phraseBits uint8

const (
	pbListed  phraseBits = 1 << iota // a key of the table
	pbStart                          // a word-aligned start of a longer key
	pbEnd                            // a word-aligned end of a longer key
	pbAcronym                        // a gazetteer key written in capitals
)

// gazInfo is a gazetteer table entry: the referent, as its index + 1 in
// the table's referents (0 for none), and the phrase bits. Holding no
// pointers, it is cheap to copy, remember per token and clear.
type gazInfo struct {
	ref  uint32
	bits phraseBits
}

// gazEntry is the referent of a gazInfo.
func (lx *Lexicon) gazEntry(g gazInfo) GazEntry {
	if g.ref == 0 {
		return GazEntry{}
	}
	return lx.gazEnts[g.ref-1]
}

// goesOnBits is phraseIndex.goesOn for a phrase whose bits were looked up
// in the word table: want is pbStart or pbEnd. A Lexicon built by hand
// (no word table) always says yes.
func (lx *Lexicon) goesOnBits(bits, want phraseBits, gap string) bool {
	if lx.words == nil || gap == "" || strings.IndexFunc(gap, isNotSpace) >= 0 {
		return true
	}
	return bits&want != 0
}

// gazGoesOn is goesOnBits for a gazetteer phrase b not yet looked up.
func (lx *Lexicon) gazGoesOn(b []byte, gap string) bool {
	if lx.words == nil || gap == "" || strings.IndexFunc(gap, isNotSpace) >= 0 {
		return true
	}
	return lx.wordBytes(b).gaz.bits&pbStart != 0
}

// demonymBits looks a folded phrase up in the nationality table.
func (lx *Lexicon) demonymBits(k []byte) phraseBits {
	if lx.words != nil {
		return lx.wordBytes(k).dem
	}
	if _, ok := lx.Demonyms[string(k)]; ok {
		return pbListed // a Lexicon built by hand has no phrase indexes either
	}
	return 0
}

// titleBits looks a folded phrase up in the title table.
func (lx *Lexicon) titleBits(k []byte) phraseBits {
	if lx.words != nil {
		return lx.wordBytes(k).title
	}
	if lx.Titles[string(k)] {
		return pbListed
	}
	return 0
}
