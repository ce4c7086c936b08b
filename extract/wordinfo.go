package extract

import "github.com/parley-nlp/parley/extract/internal/text"

// wordBits are what the lexicon's word lists say of one folded word.
type wordBits uint8

const (
	wbTitleWord  wordBits = 1 << iota // a key of Lexicon.TitleWords
	wbDemonym                         // a key of Lexicon.Demonyms
	wbTitleHead                       // a key of Lexicon.TitleHeads
	wbStopCap                         // a key of stopCaps
	wbQualifier                       // a key of qualifiers
	wbHead                            // the fold of a key of Lexicon.Heads
	wbPrefixHead                      // the fold of a key of prefixHeads
)

// wordInfo is everything the entity finder asks the lexicon about one
// folded word: the answers of the gazetteer, nationality and title tables
// for the word as a one-word phrase, and its word lists. The finder asks
// several of them of most capitalised tokens, and one lookup per token
// replaces a lookup per table.
type wordInfo struct {
	gaz   gazInfo
	dem   phraseBits
	title phraseBits
	is    wordBits
}

// wordTable merges the lexicon's tables by word: each gazetteer,
// nationality and title phrase and each word-aligned start (and, for
// titles, end) of one, with the word lists. It returns the gazetteer's
// referents, which the table holds by index. It is built straight from
// the lexicon's maps, with no table per kind in between, as it is most of
// the start-up of a short run.
func wordTable(lx *Lexicon) (map[string]wordInfo, []GazEntry) {
	t := make(map[string]wordInfo, len(lx.Gazetteer)*3/2+len(lx.Titles)*2+len(lx.Demonyms)+len(lx.TitleWords))
	ents := make([]GazEntry, 0, len(lx.Gazetteer))
	for k, e := range lx.Gazetteer {
		ents = append(ents, e)
		w := t[k]
		w.gaz.ref, w.gaz.bits = uint32(len(ents)), w.gaz.bits|pbListed
		if lx.Acronyms[k] {
			w.gaz.bits |= pbAcronym
		}
		t[k] = w
		for p := range phraseParts(k) {
			if p.start {
				w := t[p.s]
				w.gaz.bits |= pbStart
				t[p.s] = w
			}
		}
	}
	for k := range lx.Demonyms {
		w := t[k]
		w.dem |= pbListed
		w.is |= wbDemonym
		t[k] = w
		for p := range phraseParts(k) {
			if p.start {
				w := t[p.s]
				w.dem |= pbStart
				t[p.s] = w
			}
		}
	}
	for k := range lx.Titles {
		w := t[k]
		w.title |= pbListed
		t[k] = w
		for p := range phraseParts(k) {
			w := t[p.s]
			if p.start {
				w.title |= pbStart
			} else {
				w.title |= pbEnd
			}
			t[p.s] = w
		}
	}
	mark := func(k string, b wordBits) {
		w := t[k]
		w.is |= b
		t[k] = w
	}
	for k := range lx.TitleWords {
		mark(k, wbTitleWord)
	}
	for k := range lx.TitleHeads {
		mark(k, wbTitleHead)
	}
	for k := range stopCaps {
		mark(k, wbStopCap)
	}
	for k := range qualifiers {
		mark(k, wbQualifier)
	}
	for k := range lx.Heads {
		mark(text.Fold(k), wbHead)
	}
	for k := range prefixHeads {
		mark(text.Fold(k), wbPrefixHead)
	}
	return t, ents
}

// gazFolds is foldCanonical of each referent's canonical name, by index.
func (lx *Lexicon) gazFolds(ents []GazEntry) []string {
	f := make([]string, len(ents))
	for i, e := range ents {
		f[i] = lx.foldCanonical(e.Canonical)
	}
	return f
}

// gazFold is foldCanonical(canon), found by the referent index + 1 (ref)
// of the gazetteer entry canon names when it is known.
func (lx *Lexicon) gazFold(ref uint32, canon string) string {
	if ref != 0 && int(ref) <= len(lx.canonFoldsByRef) {
		return lx.canonFoldsByRef[ref-1]
	}
	return lx.foldCanonical(canon)
}

// phrasePart is a word-aligned start or end of a phrase.
type phrasePart struct {
	s     string
	start bool
}

// phraseParts yields the word-aligned starts and ends of k (the parts
// before and after each space), as phraseStarts and phraseEnds index them.
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

// newWordFilter is the filter of the table's words.
func newWordFilter(t map[string]wordInfo) *text.WordFilter {
	f := new(text.WordFilter)
	for k := range t {
		f.Add(k)
	}
	return f
}

// wordInfoOf looks a folded word up. A Lexicon built by hand has no
// merged table: the answers then come from its maps one by one.
func (lx *Lexicon) wordInfoOf(w string) wordInfo {
	if lx.words != nil {
		if !lx.wordBloom.MayHave(w) {
			return wordInfo{}
		}
		return lx.words[w]
	}
	var i wordInfo
	i.is |= wbHead | wbPrefixHead // the maps are asked themselves
	i.dem = lx.demonymBits([]byte(w))
	i.title = lx.titleBits([]byte(w))
	if lx.TitleWords[w] {
		i.is |= wbTitleWord
	}
	if _, ok := lx.Demonyms[w]; ok {
		i.is |= wbDemonym
	}
	if lx.TitleHeads[w] {
		i.is |= wbTitleHead
	}
	if stopCaps[w] {
		i.is |= wbStopCap
	}
	if qualifiers[w] {
		i.is |= wbQualifier
	}
	return i
}

// wordBytes is wordInfoOf(string(k)) for a lexicon with a word table.
func (lx *Lexicon) wordBytes(k []byte) wordInfo {
	if !lx.wordBloom.MayHaveBytes(k) {
		return wordInfo{}
	}
	return lx.words[string(k)]
}

// wordMemo is one remembered wordInfo of a token.
type wordMemo struct {
	wordInfo
	done bool
}

// info is the lexicon's wordInfo of token i's fold (the zero wordInfo
// outside the sentence, as for the empty word), looked up once per
// sentence.
func (s *sentenceView) info(i int) *wordInfo {
	if i < 0 || i >= len(s.wi) {
		s.none = s.lx.wordInfoOf("")
		return &s.none
	}
	m := &s.wi[i]
	if !m.done {
		m.wordInfo, m.done = s.lx.wordInfoOf(s.folds[i]), true
	}
	return &m.wordInfo
}

// is reports whether token i's fold is in any of the word lists b.
func (s *sentenceView) is(i int, b wordBits) bool { return s.info(i).is&b != 0 }

// head is Lexicon.Heads of token i's text, the map asked only when the
// token's fold is that of a head word: most words a name ends with are
// none.
func (s *sentenceView) head(i int) (string, bool) {
	if !s.is(i, wbHead) {
		return "", false
	}
	typ, ok := s.lx.Heads[s.word(i)]
	return typ, ok
}

// prefixHead is prefixHeads of token i's text, the map asked only when
// the token's fold is that of a prefix head.
func (s *sentenceView) prefixHead(i int) string {
	if !s.is(i, wbPrefixHead) {
		return ""
	}
	return prefixHeads[s.word(i)]
}
