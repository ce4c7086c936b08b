package lexicon

import (
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// The entity finder grows gazetteer names, nationality words and titles
// token by token, and asks several questions of most capitalised words.
// The phrase table answers each with one lookup per word or phrase: what
// the phrase is in each table (PhraseBits), so that a scan learns both
// whether the phrase is listed and whether a listed phrase goes on from
// it, and which word lists hold a one-word phrase (WordBits).

// PhraseBits say what one folded phrase is in a table.
type PhraseBits uint8

const (
	PhraseListed  PhraseBits = 1 << iota // a key of the table
	PhraseStart                          // a word-aligned start of a longer key ("united" of "united nations")
	PhraseEnd                            // a word-aligned end of a longer key ("nations" of "united nations")
	PhraseAcronym                        // a gazetteer key written in capitals: matches only so
)

// GazInfo is a gazetteer table entry: the referent, as its index + 1 in
// the table's referents (0 for none), and the phrase bits. Holding no
// pointers, it is cheap to copy, remember per token and clear.
type GazInfo struct {
	Ref  uint32
	Bits PhraseBits
}

// WordBits are what the word lists say of one folded word.
type WordBits uint8

const (
	WordTitle      WordBits = 1 << iota // a key of Lexicon.TitleWords
	WordDemonym                         // a key of Lexicon.Demonyms
	WordTitleHead                       // a key of Lexicon.TitleHeads
	WordHead                            // the fold of a key of Lexicon.Heads
	WordPrefixHead                      // the fold of a key of Lexicon.PrefixHeads
)

// WordInfo is everything the entity finder asks the lexicon about one
// folded word or phrase: the answers of the gazetteer, nationality and
// title tables, and its word lists.
type WordInfo struct {
	Gaz   GazInfo
	Dem   PhraseBits
	Title PhraseBits
	Is    WordBits
}

// wordTable merges the lexicon's tables by word: each gazetteer,
// nationality and title phrase and each word-aligned start (and, for
// titles, end) of one, with the word lists. It returns the gazetteer's
// referents, which the table holds by index, and the filter of its words,
// filled as they are set rather than in a pass over the map. It is built
// straight from the lexicon's maps, with no table per kind in between, as
// it is most of the start-up of a short run.
func wordTable(lx *Lexicon) (map[string]WordInfo, []GazEntry, *text.WordFilter) {
	t := make(map[string]WordInfo, len(lx.Gazetteer)*3/2+len(lx.Titles)*2+len(lx.Demonyms)+len(lx.TitleWords))
	f := new(text.WordFilter)
	set := func(k string, w WordInfo) {
		t[k] = w
		f.Add(k)
	}
	ents := make([]GazEntry, 0, len(lx.Gazetteer))
	for k, e := range lx.Gazetteer {
		ents = append(ents, e)
		w := t[k]
		w.Gaz.Ref, w.Gaz.Bits = uint32(len(ents)), w.Gaz.Bits|PhraseListed
		if lx.Acronyms[k] {
			w.Gaz.Bits |= PhraseAcronym
		}
		set(k, w)
		for p := range phraseParts(k) {
			if p.start {
				w := t[p.s]
				w.Gaz.Bits |= PhraseStart
				set(p.s, w)
			}
		}
	}
	for k := range lx.Demonyms {
		w := t[k]
		w.Dem |= PhraseListed
		w.Is |= WordDemonym
		set(k, w)
		for p := range phraseParts(k) {
			if p.start {
				w := t[p.s]
				w.Dem |= PhraseStart
				set(p.s, w)
			}
		}
	}
	for k := range lx.Titles {
		w := t[k]
		w.Title |= PhraseListed
		set(k, w)
		for p := range phraseParts(k) {
			w := t[p.s]
			if p.start {
				w.Title |= PhraseStart
			} else {
				w.Title |= PhraseEnd
			}
			set(p.s, w)
		}
	}
	mark := func(k string, b WordBits) {
		w := t[k]
		w.Is |= b
		set(k, w)
	}
	for k := range lx.TitleWords {
		mark(k, WordTitle)
	}
	for k := range lx.TitleHeads {
		mark(k, WordTitleHead)
	}
	for k := range lx.Heads {
		mark(text.Fold(k), WordHead)
	}
	for k := range lx.PrefixHeads {
		mark(text.Fold(k), WordPrefixHead)
	}
	return t, ents, f
}

// phrasePart is a word-aligned start or end of a phrase.
type phrasePart struct {
	s     string
	start bool
}

// phraseParts yields the word-aligned starts and ends of k (the parts
// before and after each space).
func phraseParts(k string) func(func(phrasePart) bool) {
	return func(yield func(phrasePart) bool) {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				if !yield(phrasePart{k[:i], true}) || !yield(phrasePart{k[i+1:], false}) {
					return
				}
			}
		}
	}
}

// Word looks a folded word or phrase up in the phrase table.
func (lx *Lexicon) Word(w string) WordInfo {
	if !lx.wordFilter.MayHave(w) {
		return WordInfo{}
	}
	return lx.words[w]
}

// WordBytes is Word(string(k)).
func (lx *Lexicon) WordBytes(k []byte) WordInfo {
	if !lx.wordFilter.MayHaveBytes(k) {
		return WordInfo{}
	}
	return lx.words[string(k)]
}

// Entry is the referent of a gazetteer table entry.
func (lx *Lexicon) Entry(g GazInfo) GazEntry {
	if g.Ref == 0 {
		return GazEntry{}
	}
	return lx.gazEnts[g.Ref-1]
}

// GoesOn reports whether a listed phrase may go on from one whose bits
// (looked up in the table) are bits, across gap, the text before the next
// token: want is PhraseStart when reading rightwards, PhraseEnd leftwards.
// Across white space the phrase reads on after a space, so it must be a
// start (an end); across no gap ("People" + "’s") or other text the table
// cannot tell, and the answer is yes.
func (lx *Lexicon) GoesOn(bits, want PhraseBits, gap string) bool {
	if gap == " " { // most gaps, answered without a scan
		return bits&want != 0
	}
	if gap == "" || strings.IndexFunc(gap, isNotSpace) >= 0 {
		return true
	}
	return bits&want != 0
}

// GazGoesOn is GoesOn for a gazetteer phrase b not yet looked up, read
// rightwards.
func (lx *Lexicon) GazGoesOn(b []byte, gap string) bool {
	if gap != " " && (gap == "" || strings.IndexFunc(gap, isNotSpace) >= 0) {
		return true
	}
	return lx.WordBytes(b).Gaz.Bits&PhraseStart != 0
}

// isNotSpace is the complement of the white space text.FieldsFolder
// collapses.
func isNotSpace(r rune) bool { return !unicode.IsSpace(r) }

// gazFolds is FoldCanonical of each referent's canonical name, by index.
func (lx *Lexicon) gazFolds(ents []GazEntry) []string {
	f := make([]string, len(ents))
	for i, e := range ents {
		f[i] = lx.FoldCanonical(e.Canonical)
	}
	return f
}

// GazFold is FoldCanonical(canon), found by the referent index + 1 (ref)
// of the gazetteer entry canon names when it is known.
func (lx *Lexicon) GazFold(ref uint32, canon string) string {
	if ref != 0 && int(ref) <= len(lx.canonFoldsByRef) {
		return lx.canonFoldsByRef[ref-1]
	}
	return lx.FoldCanonical(canon)
}
