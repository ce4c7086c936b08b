package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// QuoteRegion is a pair of matching quotation marks inside one paragraph:
// Open and Close are the spans of the marks themselves.
type QuoteRegion struct {
	Open, Close pipeline.Span
}

// Inner is the text between the marks.
func (q QuoteRegion) Inner() pipeline.Span {
	return pipeline.Span{Start: q.Open.End, End: q.Close.Start}
}

// InnerIn is Inner without the spaces French typography puts inside
// guillemets (« … »).
func (q QuoteRegion) InnerIn(text string) pipeline.Span {
	s := q.Inner()
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !isSpaceRune(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !isSpaceRune(r) {
			break
		}
		s.End -= n
	}
	return s
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == 0xA0 || r == 0x202F || r == 0x2009 }

// Outer spans the marks and the text between them.
func (q QuoteRegion) Outer() pipeline.Span {
	return pipeline.Span{Start: q.Open.Start, End: q.Close.End}
}

// skipPlain returns the first offset from i on (end if none) whose byte
// may start a quotation mark: '"' or a non-ASCII byte. Most text is
// skipped 8 bytes at a time.
func skipPlain(text string, i, end int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= end; i += 8 {
		w := text[i : i+8] // one bounds check: the loads below merge into one
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		q := x ^ (ones * '"')
		// (q-1) &^ q has a high bit iff some byte of q is zero, given no
		// high bit in x
		if (x|(q-ones)&^q)&highs != 0 {
			break
		}
	}
	for i < end && text[i] < utf8.RuneSelf && text[i] != '"' {
		i++
	}
	return i
}

// closersOf returns the marks that may close an opening mark r, "" when r
// opens nothing.
func closersOf(r rune) string {
	switch r {
	case '“':
		return "”“" // English “…”; also „…“ where „ opened
	case '„':
		return "“”"
	case '«':
		return "»"
	case '»':
		return "«" // Danish/Swedish »…«
	case '‘':
		return "’"
	case '‹':
		return "›"
	case '"':
		return `"`
	case '「':
		return "」"
	}
	return ""
}

// FindQuoteRegions pairs quotation marks in text[s.Start:s.End]. Only the
// outermost regions are returned; nested marks are left inside. An opening
// mark that is never closed in the span is ignored (a quote that runs over
// a paragraph break), as are apostrophes (’ inside or after a word).
func FindQuoteRegions(text string, s pipeline.Span) []QuoteRegion {
	var out []QuoteRegion
	sc := quoteScanner{text: text, s: s, i: s.Start, danish: -1}
	for r, ok := sc.next(); ok; r, ok = sc.next() {
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+1) // doubled, as appendTokens
		}
		out = append(out, r)
	}
	return out
}

// quoteScanner yields FindQuoteRegions's regions one at a time, for a
// caller that needs only the current one (the segmenter): a text of a
// million pairs of marks holds a million regions.
type quoteScanner struct {
	text   string
	s      pipeline.Span
	i      int // where the search goes on
	danish int // whether » opens: unknown (-1) until a » is met
	closes closeTables
}

// next returns the next region, and false when there is none.
func (sc *quoteScanner) next() (QuoteRegion, bool) {
	text, s := sc.text, sc.s
	for {
		i := skipPlain(text, sc.i, s.End)
		if i >= s.End {
			sc.i = s.End
			return QuoteRegion{}, false
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		sc.i = i + n
		cl := closersOf(r)
		if r == '»' && sc.danish < 0 {
			sc.danish = danishStyle(text[s.Start:s.End])
		}
		if cl == "" || (r == '»' && sc.danish == 0) || !canOpen(text, s, i, n, r) {
			continue
		}
		end, endN := sc.closes.find(text, s, i+n, r, cl)
		if end < 0 {
			continue
		}
		sc.i = end + endN
		return QuoteRegion{Open: pipeline.Span{Start: i, End: i + n}, Close: pipeline.Span{Start: end, End: end + endN}}, true
	}
}

// danishStyle is 1 when » opens in t: Danish style, where » comes before
// any «; else 0.
func danishStyle(t string) int {
	first := strings.IndexRune(t, '«')
	if first < 0 {
		first = len(t)
	}
	if strings.IndexRune(t, '»') < first {
		return 1
	}
	return 0
}

// canOpen: a mark opens a quote when what follows is not white space, and,
// for the ambiguous ones (" ‘ »), what precedes is not a letter or digit.
func canOpen(text string, s pipeline.Span, i, n int, r rune) bool {
	if i+n >= s.End {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if isSpaceRune(next) && !(r == '«' && spacedGuillemet(text, s, i+n)) {
		return false
	}
	switch r {
	case '"', '‘', '»':
		if i > s.Start {
			prev, _ := utf8.DecodeLastRuneInString(text[s.Start:i])
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
				return false
			}
		}
	}
	return true
}

// spacedGuillemet: « followed by spaces on one line, then a word (French
// typography: « Nous … »).
func spacedGuillemet(text string, s pipeline.Span, j int) bool {
	for k := 0; j < s.End && k < 3; k++ {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || r == '\r' {
			return false
		}
		if !isSpaceRune(r) {
			return true
		}
		j += n
	}
	return false
}

// findClose finds the mark closing an opener, skipping nested pairs of the
// same opener and apostrophes. It returns the offset and width or -1.
func findClose(text string, s pipeline.Span, from int, open rune, cl string) (int, int) {
	depth := 0
	for j := from; ; {
		if j = skipPlain(text, j, s.End); j >= s.End {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		switch closeStep(text, s, j, n, r, open, cl) {
		case 1:
			depth++
		case -1:
			if depth == 0 {
				return j, n
			}
			depth--
		}
		j += n
	}
	return -1, 0
}

// closeStep is what the mark r at j (n bytes) does inside a quote opened
// by open, whose closers are cl: 1 opens a nested pair, -1 closes one, 0
// neither (apostrophes, other kinds of mark). It does not depend on
// where the quote opened: a straight quote or “ right after the opener is
// not preceded by space, so it closes.
func closeStep(text string, s pipeline.Span, j, n int, r, open rune, cl string) int {
	isCloser := containsRune(cl, r)
	if isCloser && (r == '’' || r == '\'') && isApostrophe(text, s, j, n) {
		isCloser = false
	}
	// A straight quote or “ can both open and close: it closes when it
	// does not look like an opener of a nested quote.
	switch {
	case isCloser && r == open && canOpen(text, s, j, n, r) && precededBySpace(text, s, j):
		return 1
	case isCloser:
		return -1
	case r == open && open != '"' && canOpen(text, s, j, n, r):
		return 1
	}
	return 0
}

// closeTables holds the closeTable of each kind of opener that has once
// found no closer in a span. findClose scans to the span's end when
// nothing closes, so n unclosed openers would cost n scans of the span.
type closeTables []struct {
	open rune
	t    *closeTable
}

// find is findClose, asking the opener's table once it has one.
func (c *closeTables) find(text string, s pipeline.Span, from int, open rune, cl string) (int, int) {
	for _, x := range *c {
		if x.open == open {
			return x.t.find(text, from)
		}
	}
	end, n := findClose(text, s, from, open, cl)
	if end < 0 {
		*c = append(*c, struct {
			open rune
			t    *closeTable
		}{open, newCloseTable(text, s, open, cl)})
	}
	return end, n
}

// closeTable answers findClose for one kind of opener in one span from
// any offset, in one pass over the span's marks.
type closeTable struct {
	pos   []int32 // offsets of the marks whose closeStep is not 0
	close []int32 // per mark k: the mark closing a quote opened before k, or -1
}

func newCloseTable(text string, s pipeline.Span, open rune, cl string) *closeTable {
	t := &closeTable{}
	var depth []int32 // the nesting depth after each mark
	d := int32(0)
	for j := s.Start; ; {
		if j = skipPlain(text, j, s.End); j >= s.End {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if step := closeStep(text, s, j, n, r, open, cl); step != 0 {
			d += int32(step)
			t.pos = append(t.pos, int32(j))
			depth = append(depth, d)
		}
		j += n
	}
	// A quote opened before mark k at depth b closes at the first mark
	// from k on after which the depth is b-1. Right to left, first[l] is
	// the first mark so far after which the depth is l (offset by m+1).
	m := int32(len(t.pos))
	first := make([]int32, 2*m+2)
	for i := range first {
		first[i] = -1
	}
	t.close = make([]int32, m)
	for k := m - 1; k >= 0; k-- {
		first[depth[k]+m+1] = k
		before := int32(0)
		if k > 0 {
			before = depth[k-1]
		}
		t.close[k] = first[before-1+m+1]
	}
	return t
}

// find returns the offset and width of the mark closing a quote whose
// content starts at from, or -1.
func (t *closeTable) find(text string, from int) (int, int) {
	k, _ := slices.BinarySearch(t.pos, int32(from))
	if k == len(t.pos) || t.close[k] < 0 {
		return -1, 0
	}
	at := int(t.pos[t.close[k]])
	_, n := utf8.DecodeRuneInString(text[at:])
	return at, n
}

func precededBySpace(text string, s pipeline.Span, j int) bool {
	if j <= s.Start {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[s.Start:j])
	return unicode.IsSpace(prev) || prev == 0xA0 || prev == '(' || prev == '—' || prev == '–'
}

// isApostrophe: ’ between letters (Russia’s, don’t) or after a plural s
// followed by a space and a lower-case word is an apostrophe, not a closer.
func isApostrophe(text string, s pipeline.Span, j, n int) bool {
	if j <= s.Start || j+n >= s.End {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[s.Start:j])
	next, _ := utf8.DecodeRuneInString(text[j+n:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
