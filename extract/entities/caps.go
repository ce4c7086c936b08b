package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Wire copy writes headlines and datelines in capitals: there case says
// nothing about names. A line of capitals yields only listed names and
// companies with a designator; a dateline ("BRESK 1996-08-30", "LORVIK
// HILLS, Fla.") names a place.

// capsLine reports whether the sentence has no lower-case letter and at
// least two words with letters, computed once per sentence.
func (s *sentenceView) capsLine() bool {
	if s.caps == 0 {
		s.caps = 1
		if s.scanCaps() {
			s.caps = 2
		}
	}
	return s.caps == 2
}

func (s *sentenceView) scanCaps() bool {
	words := 0
	for i := range s.toks {
		w := s.word(i)
		letters := false
		for k := 0; k < len(w); {
			c := w[k]
			if c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' {
					return false
				}
				letters = letters || 'A' <= c && c <= 'Z'
				k++
				continue
			}
			r, n := utf8.DecodeRuneInString(w[k:])
			if unicode.IsLower(r) {
				return false
			}
			letters = letters || unicode.IsLetter(r)
			k += n
		}
		if letters {
			words++
		}
	}
	return words >= 2
}

// dateline returns the end of the place a dateline at the start of the
// sentence names, and the start and end of the region after its comma
// (equal when there is none); end is 0 for no dateline. A dateline is
// a line near the top of the article: a place in capitals, optionally ",
// Region", optionally an ISO date, and nothing else.
func (s *sentenceView) dateline() (end, rs, re int) {
	if len(s.toks) == 0 || s.d.Sentences[s.si].Paragraph > 2 || !s.lineAlone() {
		return 0, 0, 0
	}
	n := len(s.toks)
	if isoDate(s.word(n - 1)) {
		n--
	}
	end = 0
	for end < n && (s.has(end, tfAllCaps) || s.capsWord(end) || s.word(end) == "-" && end > 0) {
		end++
	}
	if end == 0 || end > 4 {
		return 0, 0, 0
	}
	rs, re = end, end
	if end < n && s.word(end) == "," {
		rs = end + 1
		re = rs
		for re < n && (s.has(re, tfCap) || s.word(re) == "." && re > rs) {
			re++
		}
		if re == rs || re-rs > 4 {
			return 0, 0, 0
		}
	}
	if re != n || end == n && n == len(s.toks) && !s.nextLineDate() {
		return 0, 0, 0
	}
	return end, rs, re
}

// capsWord: token i is a word of one capital letter or more and no
// lower-case letter ("N'DJAMENA", "ST.").
func (s *sentenceView) capsWord(i int) bool {
	w := s.word(i)
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if 'a' <= w[k] && w[k] <= 'z' {
			return false
		}
	}
	return true
}

// lineAlone: the sentence is a line of its own.
func (s *sentenceView) lineAlone() bool {
	t := s.d.Text
	start, end := s.toks[0].Start, s.toks[len(s.toks)-1].End
	return (start == 0 || t[start-1] == '\n') && (end == len(t) || t[end] == '\n' || t[end] == '\r')
}

// nextLineDate: the line after the sentence is an ISO date alone
// ("FARMINGTON HILLS, Fla." over "1996-08-30").
func (s *sentenceView) nextLineDate() bool {
	t := s.d.Text[s.toks[len(s.toks)-1].End:]
	if len(t) > 0 && t[0] == '\r' {
		t = t[1:]
	}
	if len(t) < 11 || t[0] != '\n' {
		return false
	}
	t = t[1:]
	return isoDate(t[:10]) && (len(t) == 10 || t[10] == '\n' || t[10] == '\r')
}

// isoDate: w is written YYYY-MM-DD.
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k != 4 && k != 7 && (w[k] < '0' || w[k] > '9') {
			return false
		}
	}
	return true
}

// datelineCands appends the places of a dateline: the place in capitals,
// and the region after its comma, each a GPE unless the gazetteer types
// the whole otherwise.
func (s *sentenceView) datelineCands(out []cand, end, rs, re int) []cand {
	for _, r := range [2][2]int{{0, end}, {rs, re}} {
		a, b := r[0], r[1]
		for b > a && s.word(b-1) == "." && !s.lx.Abbrev[s.fold(b-2)] {
			b--
		}
		if b <= a {
			continue
		}
		typ, canon, ref := pipeline.GPE, "", uint32(0)
		if e, g := s.gazAt(a); e == b {
			typ, canon, ref = g.Type, g.Canonical, s.gazRef(a)
		}
		out = append(out, cand{span: s.span(a, b), typ: typ, canon: canon, ref: ref, sentence: s.si})
	}
	return out
}

// A headline is written in title case ("Senator Says Talks Will Go On"):
// there the capitals of the words after a name say nothing about it.

// titleLine reports whether the sentence is a line of its own whose
// words of five letters or more, at least three, all begin with a
// capital (title case may leave "this" or "from" in lower case).
func (s *sentenceView) titleLine() bool {
	long := 0
	for i := range s.toks {
		w := s.word(i)
		if utf8.RuneCountInString(w) < 5 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			continue
		}
		if !s.has(i, tfCap) {
			return false
		}
		long++
	}
	return long >= 3 && s.lineAlone()
}

// personBy: one of cands is a person's name found by shape, of two
// words or more (which trimHeadlineNames may cut).
func personBy(cands []cand) bool {
	for k := range cands {
		if c := &cands[k]; c.typ == pipeline.Person && c.canon == "" && !c.single {
			return true
		}
	}
	return false
}

// trimHeadlineNames cuts a person's name found by shape in a headline
// ("Ana Ruiz Says Talks Failed") to its longest part from the start that
// the body names as well: a name of its own there, or a given name and
// more words ending in a word the body uses alone ("Ana Ruiz" where the
// body has "Ruiz"). A name the body never repeats stays as it is.
func trimHeadlineNames(d *pipeline.Document, lx *lexicon.Lexicon, cands []cand) {
	var body map[string]bool
	for i := range cands {
		c := &cands[i]
		if !c.headline || c.typ != pipeline.Person || c.canon != "" || c.single {
			continue
		}
		if body == nil {
			body = map[string]bool{}
			for _, b := range cands {
				if !b.headline && (b.typ == pipeline.Person || b.single) {
					body[text.Fold(d.Text[b.span.Start:b.span.End])] = true
				}
			}
		}
		name := d.Text[c.span.Start:c.span.End]
		for end := strings.LastIndexByte(name, ' '); end > 0; end = strings.LastIndexByte(name[:end], ' ') {
			part := name[:end]
			last := part[strings.LastIndexByte(part, ' ')+1:]
			if body[text.Fold(part)] || last != part && body[text.Fold(last)] && givenFirst(lx, part) && nameLike(lx, last) {
				c.span.End = c.span.Start + end
				c.single = last == part
				break
			}
		}
	}
}

// givenFirst: the first word of name is a given name.
func givenFirst(lx *lexicon.Lexicon, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return lx.Name(text.Fold(first))&lexicon.GivenName != 0
}

// nameLike: the word w is no ordinary or function word ("Is", "After").
func nameLike(lx *lexicon.Lexicon, w string) bool {
	f := text.Fold(w)
	return lx.Name(f)&lexicon.Ordinary == 0 && !lx.Lists(f).Any(lexicon.StopCaps.Or(lexicon.BeForms).Or(lexicon.Auxiliaries).Or(lexicon.Modals).Or(lexicon.Reporting))
}
