package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

type sentenceView struct {
	d     *pipeline.Document
	lx    *lexicon.Lexicon
	si    int
	toks  []pipeline.Token
	folds []string           // text.Fold of each token's text
	class []int32            // the class of each fold in the lexicon's word index
	sets  []lexicon.List     // the word lists of each class
	fl    []tokFlags         // flags of each token's text
	gaz   []gazHit           // gazAt's results by token index (gazetteer.go)
	hits  []lexicon.GazEntry // the entries gaz refers to
	refs  []uint32           // their referent indexes + 1 (gazRef)
	dem   []int32            // demonymAt's results + 1 by token index, 0 for not yet
	tend  []int32            // titleEndingAt's results + 2 by token index, 0 for not yet
	buf   []byte             // foldRange's scratch key
	ps    []piece            // segment's result, reused run after run
	wi    []wordMemo         // info's results by token index
	nm    []nameMemo         // names's results by token index
	nc    nameCache          // names's results by folded word
	caps  int8               // capsLine's result + 1, 0 for not yet known
	none  lexicon.WordInfo   // info's result outside the sentence
}

// reset points the view at sentence si, keeping its scratch space.
func (s *sentenceView) reset(si int, toks []pipeline.Token, folds []string, class []int32, fl []tokFlags) {
	s.si, s.toks, s.folds, s.class, s.fl = si, toks, folds, class, fl
	s.caps = 0
	s.gaz = text.Resize(s.gaz, len(toks))
	s.hits, s.refs = s.hits[:0], s.refs[:0]
	s.wi = text.Resize(s.wi, len(toks))
	s.nm = text.Resize(s.nm, len(toks))
	s.dem = text.Resize(s.dem, len(toks))
	s.tend = text.Resize(s.tend, len(toks)+1)
}

func (s *sentenceView) word(i int) string {
	if uint(i) >= uint(len(s.toks)) {
		return ""
	}
	return s.d.Text[s.toks[i].Start:s.toks[i].End]
}

// fold is text.Fold(s.word(i)), computed once per document.
func (s *sentenceView) fold(i int) string {
	if uint(i) >= uint(len(s.folds)) {
		return ""
	}
	return s.folds[i]
}

// in reports whether token i's fold is in any of the word lists l (false
// outside the sentence).
func (s *sentenceView) in(i int, l lexicon.List) bool {
	return uint(i) < uint(len(s.class)) && s.sets[s.class[i]].Any(l)
}

// has reports whether token i has any of the flags f (false outside the
// sentence, as for the empty word). Like the other accessors it tests
// the index with one unsigned comparison (a negative i is a huge uint),
// not two: they are asked millions of times.
func (s *sentenceView) has(i int, f tokFlags) bool {
	return uint(i) < uint(len(s.fl)) && s.fl[i]&f != 0
}

// gap is the text between token j and token j+1.
func (s *sentenceView) gap(j int) string { return s.d.Text[s.toks[j].End:s.toks[j+1].Start] }

func (s *sentenceView) span(i, j int) pipeline.Span {
	return pipeline.Span{Start: s.toks[i].Start, End: s.toks[j-1].End}
}

// sentenceStart: the first word of the sentence or of a quotation.
func (s *sentenceView) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := s.word(i - 1)
	return len(p) <= 3 && opensSentence(p)
}

// opensSentence: the word holds a quotation mark, colon, parenthesis or
// dash. An ASCII word is tested byte by byte, as most are.
func opensSentence(p string) bool {
	for k := 0; k < len(p); k++ {
		switch p[k] {
		case '"', ':', '(':
			return true
		}
		if p[k] >= utf8.RuneSelf {
			return strings.ContainsAny(p, ":(—–") || strings.ContainsFunc(p, text.IsOpening)
		}
	}
	return false
}

func (s *sentenceView) isTitleWord(i int) bool {
	if !s.is(i, lexicon.WordTitle) {
		return false
	}
	w := s.fold(i)
	return w != "of" && w != "for" && w != "the" && w != "and"
}

// token kinds inside a sentence.
const (
	kOther = iota
	kName
	kTitle
	kConn
	kStop
)

// piece is one typed stretch of a capitalised run.
type piece struct {
	kind       int // kName, kTitle, kConn, kStop, or kOther for gazetteer/NORP/paren
	start, end int // token indexes, end exclusive
	gaz        lexicon.GazEntry
	ref        uint32 // gaz's referent index + 1 in the lexicon, or 0
	norp       bool
	absorbed   bool // inside a longer typed name
}

// foldRange is text.AppendFoldFields of the text of tokens [i, j), in a
// buffer the next call reuses: it is for map lookups (m[string(b)] does
// not allocate), and allocating a key per lookup was the entity finder's
// largest source of garbage.
func (s *sentenceView) foldRange(i, j int) []byte {
	buf := s.buf[:0]
	for k := i; k < j; k++ {
		switch {
		case s.fl[k]&tfOdd != 0:
			return s.foldText(i, j)
		case k == i || s.fl[k]&tfJoined != 0:
		case s.fl[k]&tfSpaced != 0:
			buf = append(buf, ' ')
		default:
			return s.foldText(i, j) // a gap the folded tokens do not spell
		}
		buf = append(buf, s.folds[k]...)
	}
	s.buf = buf
	return buf
}

// foldText is foldRange folding the text itself.
func (s *sentenceView) foldText(i, j int) []byte {
	f := text.FieldsFolder{Buf: s.buf[:0]}.Add(s.d.Text[s.toks[i].Start:s.toks[j-1].End])
	s.buf = f.Buf
	return f.Buf
}
