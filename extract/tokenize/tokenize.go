package tokenize

import (
	"context"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Tokenizer splits sentences into word and punctuation tokens and indexes
// them for the stages after it. Input: Sentences. Output: Tokens, sorted,
// each inside one sentence, and Index: each token's folded text, the
// class of that fold in the lexicon's word index, and each sentence's
// token range. Words keep inner hyphens, apostrophes and dots
// ("Russia-Ukraine", "U.S."), and the full stop of an initial or a
// capitalised abbreviation inside a sentence ("James E. Clyburn", "Mr.",
// "Sen."), as the segmenter reads them; a possessive ’s / 's is a token of
// its own.
type Tokenizer struct {
	words   *lexicon.Index
	abbrev  *lexicon.AbbrevSet
	scratch text.Pool[tokScratch] // Run's buffers
}

// tokScratch holds Run's buffers, reused from document to document.
type tokScratch struct {
	spans  []pipeline.Span
	ends   []int       // ends[si]: len(spans) after sentence si
	folded []foldedTok // the tokens whose fold is not their text
	buf    []byte      // their folds, end to end
}

// foldedTok is a token whose fold differs from its text: its index and
// the end of its fold in tokScratch.buf.
type foldedTok struct{ i, end int32 }

// New returns the tokenizer stage, indexing words in lx's word index.
func New(lx *lexicon.Lexicon) *Tokenizer {
	return &Tokenizer{words: lx.Index(), abbrev: lx.NewAbbrevSet()}
}

// Name implements pipeline.Stage.
func (*Tokenizer) Name() string { return "tokenize" }

// Reads implements pipeline.Declared.
func (*Tokenizer) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerSentences}
}

// Writes implements pipeline.Declared.
func (*Tokenizer) Writes() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerTokens, pipeline.LayerIndex}
}

// Run implements pipeline.Stage.
func (t *Tokenizer) Run(ctx context.Context, d *pipeline.Document) error {
	// Spans first, into a reused buffer, so that Tokens is allocated once
	// at its final length: growing it copied and re-scanned its strings.
	sc := t.scratch.Get()
	spans, ends := sc.spans[:0], sc.ends[:0]
	for si, s := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		spans = appendTokens(spans, d.Text, s.Span, t.abbrev)
		ends = append(ends, len(spans))
	}
	d.Tokens = make([]pipeline.Token, len(spans))
	ranges := make([]pipeline.TokenRange, len(ends))
	k := 0
	for si, end := range ends {
		ranges[si].Lo = int32(k)
		for ; k < end; k++ {
			// Field by field: storing a whole Token writes its (empty) Tag
			// through the GC's write barrier.
			tk := &d.Tokens[k]
			tk.Span, tk.Sentence = spans[k], si
		}
		ranges[si].Hi = int32(k)
	}
	folds := foldTokens(d, sc)
	classes := make([]int32, len(folds))
	t.words.Classes(folds, classes)
	d.Index = pipeline.TokenIndex{Folds: folds, Classes: classes, Sentences: ranges}
	sc.spans, sc.ends = spans, ends
	if cap(spans) <= text.MaxKept {
		t.scratch.Put(sc)
	}
	return nil
}

// foldTokens returns text.Fold of every token's text. Most tokens are
// lower-case ASCII: their fold is their text. The others' folds are
// written back to back into one buffer and sliced from one string after
// it.
func foldTokens(d *pipeline.Document, sc *tokScratch) []string {
	// locals, not d's fields: the stores into folds could alias d, so
	// the fields would be loaded again for every token
	toks, src := d.Tokens, d.Text
	folds := make([]string, len(toks))
	// The buffers stay in sc, out of the loop's registers: carried
	// through it as locals, they were spilled at every token.
	sc.folded, sc.buf = sc.folded[:0], sc.buf[:0]
	for i := range toks {
		t := &toks[i] // not a copy of the whole token
		w := src[t.Start:t.End]
		if n := len(w); n <= 8 && t.Start+8 <= len(src) {
			// A word of at most eight bytes, most of a text's, is tested
			// and, when ASCII, folded with one load of the eight bytes
			// from its start instead of byte by byte.
			x := text.Word8(src[t.Start:t.Start+8]) & text.LowBytes(n)
			f := text.FoldBytes(x)
			if f == 0 {
				folds[i] = w
				continue
			}
			if x&0x8080808080808080 == 0 { // ASCII: an upper-case letter's flag, 0x80, shifted by two is the 0x20 that lower-cases it
				sc.addFold8(i, x+f>>2, n)
				continue
			}
		} else if !text.NeedsFold(w) {
			folds[i] = w
			continue
		}
		sc.addFold(i, w)
	}
	all, start := string(sc.buf), int32(0)
	for _, t := range sc.folded {
		folds[t.i] = all[start:t.end]
		start = t.end
	}
	return folds
}

// addFold8 appends token i's fold, the n bytes of x, little-endian, to buf.
func (sc *tokScratch) addFold8(i int, x uint64, n int) {
	sc.buf = binary.LittleEndian.AppendUint64(sc.buf, x)[:len(sc.buf)+n]
	sc.folded = append(sc.folded, foldedTok{int32(i), int32(len(sc.buf))})
}

// addFold appends the fold of token i's text w to buf.
func (sc *tokScratch) addFold(i int, w string) {
	sc.buf = text.AppendFold(sc.buf, w)
	sc.folded = append(sc.folded, foldedTok{int32(i), int32(len(sc.buf))})
}

// appendTokens appends the token spans of src[s.Start:s.End] to out;
// abbrev tells the abbreviations that keep their full stop.
func appendTokens(out []pipeline.Span, src string, s pipeline.Span, abbrev *lexicon.AbbrevSet) []pipeline.Span {
	i := s.Start
	for i < s.End {
		c := src[i]
		if tokClass[c] == tokSpace { // before the capacity test, which it does not need
			i++
			continue
		}
		if len(out)+2 > cap(out) {
			// doubled: append grows a long slice by a quarter, which for a
			// sentence of a million tokens copies it twenty times over
			out = slices.Grow(out, len(out)+2)
		}
		n := 1
		if c < utf8.RuneSelf {
			switch tokClass[c] {
			case tokOther:
				out = append(out, pipeline.Span{Start: i, End: i + 1})
				i++
				continue
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(src[i:])
			if unicode.IsSpace(r) || text.IsBlank(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				out = append(out, pipeline.Span{Start: i, End: i + n})
				i += n
				continue
			}
		}
		// The letters and digits, then the space, that end most words are
		// scanned here: a call to wordEnd per word cost more than its scan.
		j := i + n
		for j < s.End && tokClass[src[j]] == tokWord {
			j++
		}
		if j < s.End && tokClass[src[j]] != tokSpace {
			j = wordEnd(src, i, j, s.End)
		}
		// "U.S." keeps its final dot, and so do "E." and "Mr." where the
		// sentence goes on.
		if j < s.End && src[j] == '.' && (text.IsDottedAcronym(src[i:j]) || goesOn(src, j+1, s.End) && keepsDot(src[i:j], abbrev)) {
			j++
		}
		// Split a possessive off: Russia’s -> Russia + ’s.
		if src[j-1]|0x20 != 's' { // not possessive: the usual case, tested without slicing
			out = append(out, pipeline.Span{Start: i, End: j})
		} else if k := possessive(src[i:j]); k > 0 {
			out = append(out, pipeline.Span{Start: i, End: i + k}, pipeline.Span{Start: i + k, End: j})
		} else {
			out = append(out, pipeline.Span{Start: i, End: j})
		}
		i = j
	}
	return out
}

// keepsDot: the word w, before a full stop, is an initial or a capitalised
// abbreviation ("E.", "Mr.", "Gen.", "Jr."): the full stop belongs to it
// unless it ends the sentence.
func keepsDot(w string, abbrev *lexicon.AbbrevSet) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return n == len(w) || abbrev.Has(w)
}

// goesOn reports whether a word, a number or an opening mark follows in
// src[i:end], beyond white space and closing punctuation.
func goesOn(src string, i, end int) bool {
	for i < end {
		r, n := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsSpace(r) && !text.IsBlank(r) && !strings.ContainsRune(".!?…)]", r) && !text.IsClosing(r) {
			return true
		}
		i += n
	}
	return false
}

// wordEnd returns the end of the word that starts at i and runs at least
// to j, within src[:end].
func wordEnd(src string, i, j, end int) int {
	t := src[:end]
	for j < len(t) {
		c := t[j]
		switch tokClass[c] {
		case tokWord:
			j++
			continue
		case tokSpace: // where most words end: no joiner
			return j
		}
		r2, n2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, n2 = utf8.DecodeRuneInString(src[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
		}
		// Joiners stay inside a word when a word character follows.
		if !isJoiner(r2) || j+n2 >= end {
			break
		}
		r3 := rune(src[j+n2])
		if r3 >= utf8.RuneSelf {
			r3, _ = utf8.DecodeRuneInString(src[j+n2:])
		}
		if r2 == '–' && !(unicode.IsLetter(r3) && unicode.IsUpper(r3)) {
			break // "1999–2002" and "27–28" stay apart; "Gaza–Jericho" joins
		}
		if !isWordRune(r3) || r2 == '.' && !dottedWord(src[i:j]) {
			break
		}
		j += n2
	}
	return j
}

// dottedWord: a dot joins "U.S" style letters and "2.5" style numbers only.
func dottedWord(w string) bool {
	last := w[strings.LastIndexByte(w, '.')+1:]
	if utf8.RuneCountInString(last) == 1 {
		return true
	}
	for _, r := range last {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// possessive returns the offset of a trailing ’s / 's, or 0.
func possessive(w string) int {
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return 0
	}
	switch {
	case w[n-2] == '\'':
		return n - 2
	case n > 4 && w[n-4:n-1] == "’":
		return n - 4
	}
	return 0
}

// isJoiner reports whether r may join two parts of a word: - ' ’ . & ‑ –.
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', '&', '‑', '–':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return tokClass[r] == tokWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokClass sorts bytes for the tokenizer, by byte: tokSpace for ASCII
// white space (unicode.IsSpace), tokWord for ASCII letters and digits,
// tokMulti from 0x80 up (part of a longer rune), tokOther for the rest,
// each a token of its own unless a joiner inside a word. A constant, as
// the stage's only table; a test checks it against that definition.
const (
	tokOther = iota
	tokSpace
	tokWord
	tokMulti
)

const tokClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00\x00" +
	"\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02" +
	"\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00" +
	"\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02" +
	"\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03" +
	"\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03"
