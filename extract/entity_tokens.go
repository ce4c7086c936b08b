package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// tokFlags are facts about one token's text that the entity finder asks
// for at nearly every token, often several times (the date matcher alone
// looks up to four tokens ahead from each start): computed once per
// document, they become bit tests.
type tokFlags uint16

const (
	tfCap      tokFlags = 1 << iota // isCap
	tfAllCaps                       // isAllCaps
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
)

// newTokFlags returns the flags of every token of d, by index in d.Tokens.
func newTokFlags(d *pipeline.Document) []tokFlags {
	fl := make([]tokFlags, len(d.Tokens))
	for i, t := range d.Tokens {
		fl[i] = flagsOf(d.Text[t.Start:t.End])
	}
	return fl
}

func flagsOf(w string) tokFlags {
	var f tokFlags
	if w == "" {
		return 0
	}
	if isCap(w) {
		f |= tfCap
	}
	if isAllCaps(w) {
		f |= tfAllCaps
	}
	if isYearLike(w) {
		f |= tfYearLike
	}
	switch c := w[0]; {
	case '0' <= c && c <= '9':
		f |= tfDigit
		if isYear(w) {
			f |= tfYear
		}
		if isDay(w) {
			f |= tfDay
		}
		if isDayRange(w) {
			f |= tfDayRange
		}
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
