package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// tokFlags are facts about one token's text that the entity finder asks
// for at nearly every token, often several times (the date matcher alone
// looks up to four tokens ahead from each start): computed once per
// document, they become bit tests.
type tokFlags uint32

const (
	tfCap      tokFlags = 1 << iota // text.IsCap
	tfAllCaps                       // text.IsAllCaps
	tfDigit                         // starts with a digit
	tfYear                          // isYear
	tfDay                           // isDay
	tfDayRange                      // isDayRange
	tfMonth                         // a month name, capitalised, ASCII
	tfWeekday                       // a weekday name, capitalised, ASCII
	tfMay                           // "may" in any case
	tfYearLike                      // isYearLike
	tfDash                          // "-" or "–"
	tfComma                         // ","
	tfSpaced                        // white space (no line break) before it, after the previous token
	tfJoined                        // nothing between it and the previous token
	tfOdd                           // white space inside: its fold is not what text.FieldsFolder makes of it
	tfParticle                      // a name particle ("bin", "von", "al-"), ASCII
	tfHyphen                        // holds an ASCII hyphen ("Ontario-based")
	tfNumDate                       // isNumericDate
)

// tokenScratch is tokenFlags's working memory, reused document after
// document.
type tokenScratch struct {
	fl     []tokFlags
	lists  []tokFlags    // listFlags by class, for the lists below
	listOf *lexicon.List // the lists (by their first) that lists is of
}

// classFlags returns, by class, the flags its word lists give a
// capitalised ASCII word (listFlags), found once for the lists rather
// than tested at every token.
func (sc *tokenScratch) classFlags(sets []lexicon.List) []tokFlags {
	if len(sets) == 0 {
		return nil
	}
	if sc.listOf != &sets[0] || len(sc.lists) != len(sets) {
		sc.lists = make([]tokFlags, len(sets))
		for c, l := range sets {
			sc.lists[c] = listFlags("A", l)
		}
		sc.listOf = &sets[0]
	}
	return sc.lists
}

// ownListFlags is listFlags of an ASCII word w given lf, its class's
// classFlags: a month or weekday only when capitalised.
func ownListFlags(w string, lf tokFlags) tokFlags {
	if c := w[0]; 'A' <= c && c <= 'Z' {
		return lf
	}
	return lf & tfParticle
}

// tokenFlags returns the flags of every token of d, by index in d.Tokens
// (as flagsOf and gapFlags say, given the token's word lists: sets, by
// class in the lexicon's word index), reading each token's text once: most
// are ASCII, whose flags asciiFlags finds from one pass over the bytes.
// The flags are in sc, valid until its next use.
func tokenFlags(d *pipeline.Document, sets []lexicon.List, sc *tokenScratch) []tokFlags {
	src, toks := d.Text, d.Tokens
	sc.fl = text.Resize(sc.fl, len(toks))
	// of the length of toks, so that indexing them by i needs no check
	fl, classes := sc.fl[:len(toks)], d.Index.Classes[:len(toks)]
	prevEnd := 0
	lists := sc.classFlags(sets)
	for i := range toks {
		t := &toks[i] // not a copy of the whole token
		var f tokFlags
		switch { // gapFlags, its two common cases without a call
		case i == 0:
		case t.Start == prevEnd:
			f = tfJoined
		case t.Start == prevEnd+1 && src[prevEnd] == ' ':
			f = tfSpaced
		default:
			f = gapFlags(src[prevEnd:t.Start])
		}
		prevEnd = t.End
		// the length of the token's text, its slice (with its bounds
		// checks) made only past the common case below
		if n := t.End - t.Start; n > 0 && n <= 8 && t.Start+8 <= len(src) {
			// A word of lower-case ASCII letters, most words, read as one
			// load of eight bytes: its only flags are by its length, and
			// a particle's.
			x := text.Word8(src[t.Start:t.Start+8]) & text.LowBytes(n)
			if lowerBytes(x) == highBytes&text.LowBytes(n) {
				var af tokFlags
				if n == 4 {
					af = tfYearLike
				}
				if x == 'm'|'a'<<8|'y'<<16 {
					af |= tfMay
				}
				af |= lists[classes[i]] & tfParticle // lower-case: no month or weekday
				fl[i] = f | af
				continue
			}
		}
		w := src[t.Start:t.End]
		af, ascii := asciiFlags(w)
		if !ascii {
			fl[i] = f | flagsOf(w, lexicon.List{}) // no list flag is a word's that is not ASCII
			continue
		}
		if lf := lists[classes[i]]; lf != 0 {
			af |= ownListFlags(w, lf)
		}
		fl[i] = f | af
	}
	return fl
}

// asciiFlags is the flags of an ASCII word but those its word lists give
// (particle, month, weekday); ascii is false (and the flags unset) for
// any other word.
func asciiFlags(w string) (f tokFlags, ascii bool) {
	if w == "" {
		return 0, true
	}
	seen := byte(0)
	for k := 0; k < len(w); k++ {
		seen |= asciiClass[w[k]]
	}
	if seen&acHigh != 0 {
		return 0, false
	}
	if seen&acSpace != 0 {
		f |= tfOdd
	}
	if seen&acHyphen != 0 {
		f |= tfHyphen
	}
	c := w[0]
	if 'A' <= c && c <= 'Z' || (c == 'a' || c == 'e') && len(w) > 3 && w[1] == 'l' && w[2] == '-' && 'A' <= w[3] && w[3] <= 'Z' {
		f |= tfCap
	}
	if seen&(acUpper|acLower) == acUpper && countUpper(w) >= 2 {
		f |= tfAllCaps
	}
	if isYearLike(w) {
		f |= tfYearLike
	}
	if ',' <= c && c <= '9' { // a number, "-" or ","; not a letter, as most words start
		f |= leadFlags(w)
	}
	if len(w) == 3 && w[0]|0x20 == 'm' && w[1]|0x20 == 'a' && w[2]|0x20 == 'y' {
		f |= tfMay
	}
	return f, true
}

const highBytes = 0x8080808080808080

// lowerBytes has the high bit set of each byte of x that is an ASCII
// lower-case letter, and no other bit: on a byte below 0x80, adding
// 0x80-k sets its high bit where it is at least k, with no carry into the
// next byte.
func lowerBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x &^ highBytes
	return (y + ones*(0x80-'a')) &^ (y + ones*(0x80-'z'-1)) & highBytes &^ x
}

// countUpper counts the upper-case ASCII letters of w.
func countUpper(w string) int {
	n := 0
	for k := 0; k < len(w); k++ {
		if 'A' <= w[k] && w[k] <= 'Z' {
			n++
		}
	}
	return n
}

// listFlags are the flags an ASCII word w has from its word lists l: a
// name particle; a month or weekday, capitalised.
func listFlags(w string, l lexicon.List) tokFlags {
	var f tokFlags
	if l.Any(lexicon.Particles) {
		f |= tfParticle
	}
	if c := w[0]; 'A' <= c && c <= 'Z' {
		if l.Any(lexicon.Months) {
			f |= tfMonth
		}
		if l.Any(lexicon.Weekdays) {
			f |= tfWeekday
		}
	}
	return f
}

// leadFlags are the flags a word has by its first byte: a number, a
// hyphen, a comma.
func leadFlags(w string) tokFlags {
	switch c := w[0]; {
	case '0' <= c && c <= '9':
		return digitFlags(w)
	case w == "-":
		return tfDash
	case w == ",":
		return tfComma
	}
	return 0
}

// digitFlags are the flags of a word that starts with a digit.
func digitFlags(w string) tokFlags {
	f := tfDigit
	if isYear(w) {
		f |= tfYear
	}
	if isDay(w) {
		f |= tfDay
	}
	if isDayRange(w) {
		f |= tfDayRange
	}
	if len(w) >= 8 && len(w) <= 10 && isNumericDate(w) {
		f |= tfNumDate
	}
	return f
}

// asciiClass sorts bytes for asciiFlags, by byte: acUpper for A-Z,
// acLower for a-z, acSpace for ASCII white space, acHyphen for "-",
// acHigh from 0x80 up (a
// test checks it against that definition).
const asciiClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x04\x04\x04\x04\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02" +
	"\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x00" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
	"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08"

const (
	acUpper = 1 << iota
	acLower
	acSpace
	acHigh
	acHyphen
)

// gapFlags classifies the text between two tokens for building folded
// keys from folded tokens: nothing, or white space that text.FieldsFolder
// turns into one space. A line break ends every phrase lookup, and other
// text (a zero-width space) is spelled only by folding the text itself.
func gapFlags(gap string) tokFlags {
	if gap == "" {
		return tfJoined
	}
	if gap == " " { // by far the most common gap
		return tfSpaced
	}
	for _, r := range gap {
		if r == '\n' || r == '\r' || !unicode.IsSpace(r) {
			return 0
		}
	}
	return tfSpaced
}

// flagsOf is the flags of word w, whose word lists are l, found plainly:
// the definition that asciiFlags and tokenFlags find faster.
func flagsOf(w string, l lexicon.List) tokFlags {
	var f tokFlags
	if w == "" {
		return 0
	}
	if f, ok := symbolFlags(w); ok {
		return f
	}
	if isASCII(w) {
		f |= listFlags(w, l) // no particle, month or weekday is written otherwise
	}
	if strings.ContainsFunc(w, unicode.IsSpace) {
		f |= tfOdd
	}
	if strings.IndexByte(w, '-') >= 0 {
		f |= tfHyphen
	}
	if text.IsCap(w) {
		f |= tfCap
	}
	if text.IsAllCaps(w) {
		f |= tfAllCaps
	}
	if isYearLike(w) {
		f |= tfYearLike
	}
	f |= leadFlags(w)
	if w == "–" {
		f |= tfDash
	}
	if len(w) == 3 && strings.EqualFold(w, "may") {
		f |= tfMay
	}
	return f
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// symbolFlags is flagsOf for a word of one non-ASCII rune that is no
// letter, digit or space (a quotation mark, a dash), as many of the
// words flagsOf is asked about are; ok is false for any other word.
func symbolFlags(w string) (f tokFlags, ok bool) {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || r < utf8.RuneSelf || r == utf8.RuneError {
		return 0, false
	}
	// U+2010 to U+2027 (dashes, quotation marks, the ellipsis) are
	// punctuation, the most common of these words: no table to ask
	if (r < 0x2010 || r > 0x2027) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r)) {
		return 0, false
	}
	if len(w) == 4 {
		f |= tfYearLike
	}
	if w == "–" {
		f |= tfDash
	}
	return f, true
}
