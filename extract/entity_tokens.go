package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
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
	tfDigit                         // startsWithDigit
	tfYear                          // isYear
	tfDay                           // isDay
	tfDayRange                      // isDayRange
	tfMonth                         // a month name, capitalised (matchDate's isMonth)
	tfWeekday                       // a weekday name, capitalised
	tfMay                           // "may" in any case
	tfYearLike                      // isYearLike
	tfDash                          // "-" or "–"
	tfComma                         // ","
	tfSpaced                        // white space (no line break) before it, after the previous token
	tfJoined                        // nothing between it and the previous token
	tfOdd                           // white space inside: its fold is not what text.FieldsFolder makes of it
	tfParticle                      // a name particle ("bin", "von", "al-"), as inLowerASCII(particles, w)
)

// sharedTokens is entityTokens with the folds shared with the other
// stages (sharedFolds): built here when no stage has yet, else only the
// flags are computed.
// The flags are in sc, valid until its next use.
func sharedTokens(d *pipeline.Document, sc *tokenScratch) ([]string, []tokFlags) {
	var fl []tokFlags
	folds := d.TokenDerived(foldsKey{}, func() any {
		var folds []string
		folds, fl = entityTokens(d, sc)
		return folds
	}).([]string)
	if fl == nil {
		fl = foldedFlags(d, folds, sc)
	}
	return folds, fl
}

// tokenScratch is entityTokens's working memory, reused document after
// document.
type tokenScratch struct {
	fl     []tokFlags
	folded []foldedTok
	buf    []byte
}

// foldedTok is a token whose fold differs from its text: its index and
// the end of its fold in tokenScratch.buf.
type foldedTok struct{ i, end int32 }

// foldedFlags is entityTokens's flags given its folds.
func foldedFlags(d *pipeline.Document, folds []string, sc *tokenScratch) []tokFlags {
	sc.fl = text.Resize(sc.fl, len(d.Tokens))
	fl := sc.fl
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if i > 0 {
			fl[i] = gapFlags(d.Text[d.Tokens[i-1].End:t.Start])
		}
		f, ascii, upper := asciiFlags(w)
		switch {
		case !ascii:
			f = flagsOf(w)
		case upper:
			if f&tfCap != 0 && len(w) >= 3 && len(w) <= 9 {
				f |= calendarFlags(w)
			}
			if len(w) <= 4 && isParticle(folds[i]) {
				f |= tfParticle
			}
		default:
			if len(w) <= 4 && isParticle(w) {
				f |= tfParticle
			}
		}
		fl[i] |= f
	}
	return fl
}

// entityTokens returns, by index in d.Tokens, text.Fold of every token's text
// (as newTokenFolds) and its flags (as flagsOf and gapFlags), reading each
// token once. Most tokens are lower-case ASCII: their fold is their text,
// and their slot is filled in the one pass; the others' folds are written
// back to back into one buffer and sliced from one string after it.
// The flags are in sc, valid until its next use.
func entityTokens(d *pipeline.Document, sc *tokenScratch) ([]string, []tokFlags) {
	toks := d.Tokens
	sc.fl = text.Resize(sc.fl, len(toks))
	fl, folded, buf := sc.fl, sc.folded[:0], sc.buf[:0]
	folds := make([]string, len(toks))
	prevEnd := 0
	for i := range toks {
		t := &toks[i] // not a copy of the whole token
		w := d.Text[t.Start:t.End]
		var f tokFlags
		switch { // gapFlags, its two common cases without a call
		case i == 0:
		case t.Start == prevEnd:
			f = tfJoined
		case t.Start == prevEnd+1 && d.Text[prevEnd] == ' ':
			f = tfSpaced
		default:
			f = gapFlags(d.Text[prevEnd:t.Start])
		}
		prevEnd = t.End
		af, ascii, upper := asciiFlags(w)
		switch {
		case !ascii:
			f |= flagsOf(w)
			buf = text.AppendFold(buf, w)
		case upper:
			l0 := len(buf)
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			if af&tfCap != 0 && len(w) >= 3 && len(w) <= 9 {
				af |= calendarFlags(w)
			}
			if len(w) <= 4 && isParticle(string(buf[l0:])) {
				af |= tfParticle
			}
			f |= af
		default:
			if len(w) <= 4 && isParticle(w) {
				af |= tfParticle
			}
			fl[i] = f | af
			folds[i] = w
			continue
		}
		fl[i] = f
		folded = append(folded, foldedTok{int32(i), int32(len(buf))})
	}
	all, start := string(buf), int32(0)
	for _, t := range folded {
		folds[t.i] = all[start:t.end]
		start = t.end
	}
	sc.folded, sc.buf = folded, buf
	return folds, fl
}

// asciiFlags is flagsOf for an ASCII word, less the month and weekday
// flags; ascii is false (and the flags unset) for any other word, and
// upper tells whether the word has an upper-case letter to fold.
func asciiFlags(w string) (f tokFlags, ascii, upper bool) {
	if w == "" {
		return 0, true, false
	}
	seen := byte(0)
	for k := 0; k < len(w); k++ {
		seen |= asciiClass[w[k]]
	}
	if seen&acHigh != 0 {
		return 0, false, false
	}
	if seen&acSpace != 0 {
		f |= tfOdd
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
	switch {
	case '0' <= c && c <= '9':
		f |= digitFlags(w)
	case w == "-":
		f |= tfDash
	case w == ",":
		f |= tfComma
	}
	if len(w) == 3 && w[0]|0x20 == 'm' && w[1]|0x20 == 'a' && w[2]|0x20 == 'y' {
		f |= tfMay
	}
	return f, true, seen&acUpper != 0
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
	return f
}

// asciiClass sorts bytes for asciiFlags.
var asciiClass = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = acHigh
		case 'A' <= c && c <= 'Z':
			t[c] = acUpper
		case 'a' <= c && c <= 'z':
			t[c] = acLower
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = acSpace
		}
	}
	return t
}()

const (
	acUpper = 1 << iota
	acLower
	acSpace
	acHigh
)

// isParticle is particles[w] for a lower-case ASCII word, without hashing.
func isParticle(w string) bool {
	switch w {
	case "bin", "bint", "ibn", "al", "el", "von", "der", "van", "den", "de", "da", "di", "du", "la", "le", "dos",
		"das", "del", "ben", "al-", "ould", "y":
		return true
	}
	return false
}

// calendarFlags are flagsOf's month and weekday flags of an ASCII
// word starting with a capital.
func calendarFlags(w string) tokFlags {
	var f tokFlags
	if w[0] < 'A' || w[0] > 'Z' || len(w) > 9 || len(w) < 2 {
		return 0
	}
	// most capitalised words start with two letters no name starts with
	if c := w[1] | 0x20; c < 'a' || c > 'z' || calendarPairs[w[0]-'A']&(1<<(c-'a')) == 0 {
		return 0
	}
	var arr [9]byte
	fold := arr[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		fold[k] = c
	}
	switch string(fold) { // the keys of months and weekdays, without hashing
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		f |= tfMonth
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		f |= tfWeekday
	}
	return f
}

// calendarPairs has bit s-'a' of entry f-'a' when a month or weekday name
// starts with the letters f and s.
var calendarPairs = func() (t [26]uint32) {
	for _, set := range []map[string]bool{months, weekdays} {
		for w := range set {
			t[w[0]-'a'] |= 1 << (w[1] - 'a')
		}
	}
	return t
}()

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

func flagsOf(w string) tokFlags {
	var f tokFlags
	if w == "" {
		return 0
	}
	if f, ok := symbolFlags(w); ok {
		return f
	}
	if strings.ContainsFunc(w, unicode.IsSpace) {
		f |= tfOdd
	}
	if text.IsCap(w) {
		f |= tfCap
	}
	if inLowerASCII(particles, w) {
		f |= tfParticle
	}
	if text.IsAllCaps(w) {
		f |= tfAllCaps
	}
	if isYearLike(w) {
		f |= tfYearLike
	}
	switch c := w[0]; {
	case '0' <= c && c <= '9':
		f |= digitFlags(w)
	case 'A' <= c && c <= 'Z':
		// matchDate tests the first byte and ASCII-only lower-casing:
		// names starting with any other byte are no months or weekdays
		if inLowerASCII(months, w) {
			f |= tfMonth
		}
		if inLowerASCII(weekdays, w) {
			f |= tfWeekday
		}
	case w == "-":
		f |= tfDash
	case w == ",":
		f |= tfComma
	}
	if w == "–" {
		f |= tfDash
	}
	if len(w) == 3 && strings.EqualFold(w, "may") {
		f |= tfMay
	}
	return f
}

// symbolFlags is flagsOf for a word of one non-ASCII rune that is no
// letter, digit or space (a quotation mark, a dash), as many of the
// words flagsOf is asked about are; ok is false for any other word.
func symbolFlags(w string) (f tokFlags, ok bool) {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || r < utf8.RuneSelf || r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
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

// matchDateFlags is matchDate over the tokens' flags.
func matchDateFlags(fl []tokFlags, i int) int {
	at := func(k int) tokFlags {
		if k < len(fl) {
			return fl[k]
		}
		return 0
	}
	has := func(k int, f tokFlags) bool { return at(k)&f != 0 }
	f := at(i)
	if f&(tfDigit|tfMonth|tfWeekday) == 0 {
		return i
	}
	switch {
	case f&tfDayRange != 0 && has(i+1, tfMonth):
		if has(i+2, tfYear) {
			return i + 3
		}
		return i + 2
	case f&tfDay != 0 && has(i+1, tfDash) && has(i+2, tfDay) && has(i+3, tfMonth):
		if has(i+4, tfYear) {
			return i + 5
		}
		return i + 4
	case f&tfDay != 0 && has(i+1, tfMonth):
		if has(i+2, tfYear) {
			return i + 3
		}
		return i + 2
	case f&tfMonth != 0:
		// "May" alone is too often the modal verb at a sentence start.
		if has(i+1, tfDay) && !has(i+1, tfYearLike) {
			if has(i+2, tfComma) && has(i+3, tfYear) {
				return i + 4
			}
			if has(i+2, tfYear) {
				return i + 3
			}
			return i + 2
		}
		if has(i+1, tfYear) {
			return i + 2
		}
		if f&tfMay != 0 {
			return i
		}
		return i + 1
	case f&tfYear != 0:
		return i + 1
	case f&tfWeekday != 0:
		return i + 1
	}
	return i
}
