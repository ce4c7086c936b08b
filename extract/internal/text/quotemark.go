package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// DoubleApos stands for two straight apostrophes written as one
// quotation mark, as some newspapers do around a quotation: a rune of
// Unicode's private use area that MarkAt returns for the pair and never
// for itself.
const DoubleApos rune = 0xE000

// MarkAt returns the rune at offset i of text and its width in bytes,
// reading two straight apostrophes as the one mark DoubleApos.
func MarkAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		if c == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			return DoubleApos, 2
		}
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == DoubleApos {
		return utf8.RuneError, n
	}
	return r, n
}

// ClosersOf is the table of quotation marks: the marks that may close the
// opening mark r, "" when r opens nothing. IsQuoteMark and SkipPlain
// answer from it (tests hold them to it). The straight apostrophe '
// opens a quote ('a fresh impetus') where it stands before a letter and
// after no letter or digit (CanOpen), and closes one where it does not
// stand between letters (IsApostrophe).
func ClosersOf(r rune) string {
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
	case '‚':
		return "‘’" // German ‚…‘
	case '‹':
		return "›"
	case '"':
		return `"`
	case '\'':
		return "'"
	case DoubleApos:
		return string(DoubleApos)
	case '「':
		return "」"
	case '『':
		return "』"
	}
	return ""
}

// Closes reports whether r may close a quote that open opened.
func Closes(open, r rune) bool { return containsRune(ClosersOf(open), r) }

// IsOpening reports whether the quotation mark r may open a quote.
func IsOpening(r rune) bool { return ClosersOf(r) != "" }

// IsClosing reports whether the quotation mark r may close a quote.
func IsClosing(r rune) bool {
	switch r {
	case '”', '“', '»', '«', '’', '‘', '›', '"', '」', '』', '\'', DoubleApos:
		return true
	}
	return false
}

// IsQuoteMark reports whether w is one quotation mark of the table,
// opening or closing, other than the apostrophe: a token ' is mostly one
// (the leaders' talks), and quote regions tell the others.
func IsQuoteMark(w string) bool {
	switch len(w) {
	case 1:
		return w[0] == '"'
	case 2, 3:
		r, n := utf8.DecodeRuneInString(w)
		if n != len(w) {
			return false
		}
		switch r {
		case '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', '「', '」', '『', '』':
			return true
		}
	}
	return false
}

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
		if !IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// Outer spans the marks and the text between them.
func (q QuoteRegion) Outer() pipeline.Span {
	return pipeline.Span{Start: q.Open.Start, End: q.Close.End}
}

// FindQuoteRegions pairs quotation marks in text[s.Start:s.End]. Only the
// outermost regions are returned; nested marks are left inside. An opening
// mark that is never closed in the span is ignored (a quote that runs over
// a paragraph break), as are apostrophes (’ inside or after a word).
func FindQuoteRegions(text string, s pipeline.Span) []QuoteRegion {
	var out []QuoteRegion
	sc := ScanQuoteRegions(text, s)
	for r, ok := sc.Next(); ok; r, ok = sc.Next() {
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+1) // doubled: append grows a long slice by a quarter
		}
		out = append(out, r)
	}
	return out
}

// QuoteScanner yields FindQuoteRegions's regions one at a time, for a
// caller that needs only the current one (the segmenter): a text of a
// million pairs of marks holds a million regions.
type QuoteScanner struct {
	text     string
	s        pipeline.Span
	i        int // where the search goes on
	danish   int // whether » opens: unknown (-1) until a » is met
	single   int // whether › opens, the same way
	swedish  int // whether ” opens: unknown (-1) until a ” is met
	closes   closeTables
	unclosed int  // the first opening mark since the last region that nothing closes, or -1
	unclR    rune // its rune
	unclN    int  // and width
}

// ScanQuoteRegions returns a QuoteScanner over text[s.Start:s.End].
func ScanQuoteRegions(text string, s pipeline.Span) QuoteScanner {
	return QuoteScanner{text: text, s: s, i: s.Start, danish: -1, single: -1, swedish: -1, unclosed: -1}
}

// Unclosed returns the offset, rune and width of the first opening mark
// after the last region that nothing in the span closes, once Next has
// returned false; the offset is -1 when there is none. Its quote may run
// on over the span's end (RunOn).
func (sc *QuoteScanner) Unclosed() (int, rune, int) { return sc.unclosed, sc.unclR, sc.unclN }

// Next returns the next region, and false when there is none.
func (sc *QuoteScanner) Next() (QuoteRegion, bool) {
	text, s := sc.text, sc.s
	for {
		i := SkipPlain(text, sc.i, s.End)
		if i >= s.End {
			sc.i = s.End
			return QuoteRegion{}, false
		}
		r, n := MarkAt(text, i)
		sc.i = i + n
		cl := ClosersOf(r)
		if r == '»' && sc.danish < 0 {
			sc.danish = danishStyle(text[s.Start:s.End], '«', '»')
		}
		if cl == "" {
			cl = sc.sameMarkClosers(r)
		}
		if cl == "" || (r == '»' && sc.danish == 0) || !CanOpen(text, s, i, n, r) {
			continue
		}
		end, endN := sc.closes.find(text, s, i+n, r, cl)
		if end < 0 {
			if sc.unclosed < 0 {
				sc.unclosed, sc.unclR, sc.unclN = i, r, n
			}
			continue
		}
		sc.i, sc.unclosed = end+endN, -1
		return QuoteRegion{Open: pipeline.Span{Start: i, End: i + n}, Close: pipeline.Span{Start: end, End: end + endN}}, true
	}
}

// danishStyle is 1 when the mark rev opens in t: Danish or German style,
// where » comes before any « (›…‹ before any ‹); else 0.
func danishStyle(t string, fwd, rev rune) int {
	first := strings.IndexRune(t, fwd)
	if first < 0 {
		first = len(t)
	}
	if strings.IndexRune(t, rev) < first {
		return 1
	}
	return 0
}

// sameMarkClosers gives the closers of the marks that open only in some
// styles: › in German ›…‹ (when it comes before any ‹ of the paragraph),
// and ” in Swedish and Finnish ”…” (when the paragraph has no “ or „,
// so that no ” of it closes an English quote). "" otherwise.
func (sc *QuoteScanner) sameMarkClosers(r rune) string {
	t := sc.text[sc.s.Start:sc.s.End]
	switch r {
	case '›':
		if sc.single < 0 {
			sc.single = danishStyle(t, '‹', '›')
		}
		if sc.single == 1 {
			return "‹"
		}
	case '”':
		if sc.swedish < 0 {
			sc.swedish = 0
			if !strings.ContainsRune(t, '“') && !strings.ContainsRune(t, '„') {
				sc.swedish = 1
			}
		}
		if sc.swedish == 1 {
			return "”"
		}
	}
	return ""
}

// CanOpen reports whether the mark r of n bytes at offset i of span s
// opens a quote: what follows is not white space, and, for the ambiguous
// marks (" ‘ »), what precedes is not a letter or digit.
func CanOpen(text string, s pipeline.Span, i, n int, r rune) bool {
	if i+n >= s.End {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if IsSpace(next) && !((r == '«' || r == '‹') && spacedGuillemet(text, s, i+n)) {
		return false
	}
	switch r {
	case '\'':
		if !unicode.IsLetter(next) {
			return false // '90s
		}
		fallthrough
	case '"', '‘', '»', '›', '”', DoubleApos:
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
		if !IsSpace(r) {
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
		if j = SkipPlain(text, j, s.End); j >= s.End {
			break
		}
		r, n := MarkAt(text, j)
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
	if isCloser && (r == '’' || r == '\'') && IsApostrophe(text, s, j, n) {
		isCloser = false
	}
	// A straight quote or “ can both open and close: it closes when it
	// does not look like an opener of a nested quote.
	switch {
	case isCloser && r == open && CanOpen(text, s, j, n, r) && precededBySpace(text, s, j):
		return 1
	case isCloser:
		return -1
	case r == open && open != '"' && CanOpen(text, s, j, n, r):
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
		if j = SkipPlain(text, j, s.End); j >= s.End {
			break
		}
		r, n := MarkAt(text, j)
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
	_, n := MarkAt(text, at)
	return at, n
}

func precededBySpace(text string, s pipeline.Span, j int) bool {
	if j <= s.Start {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[s.Start:j])
	return unicode.IsSpace(prev) || prev == 0xA0 || prev == '(' || prev == '—' || prev == '–'
}

// IsApostrophe reports whether the mark of n bytes at offset j of span s
// stands between letters (Russia’s, don’t): an apostrophe, not a closer.
func IsApostrophe(text string, s pipeline.Span, j, n int) bool {
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
