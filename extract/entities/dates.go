package entities

import (
	"strings"
)

// matchDateFlags returns the end (exclusive token index) of a calendar
// expression starting at token i, from the tokens' flags, or i when there
// is none: "18 February 2025", "February 18, 2025", "February 2025", "13
// March", "2014", "Thursday". Durations ("five-day", "30-day") never
// match: the tokenizer keeps them as one hyphenated token.
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
	case f&(tfYear|tfNumDate) != 0:
		return i + 1
	case f&tfWeekday != 0:
		// "Monday 14 August", "Sunday, September 3": one expression
		k := i + 1
		if has(k, tfComma) {
			k++
		}
		if has(k, tfDay|tfMonth) {
			if e := matchDateFlags(fl, k); e >= k+2 {
				return e
			}
		}
		return i + 1
	}
	return i
}

// isNumericDate: a day, month and year in figures joined by dots, day
// first as the languages that write it so do ("09.11.2020", "1.5.1998").
func isNumericDate(s string) bool {
	d, rest, ok := strings.Cut(s, ".")
	if !ok || !isDay(d) {
		return false
	}
	m, y, ok := strings.Cut(rest, ".")
	if !ok || !isDay(m) || !isYear(y) {
		return false
	}
	if len(m) == 2 {
		return m <= "12"
	}
	return true
}

func isDay(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return len(s) <= 2 && n >= 1 && n <= 31
}

func isYearLike(s string) bool { return len(s) == 4 }

func isRangeSep(c byte) bool { return c == '-' || c == 0xE2 }

// isYear: a four-digit year from 1800 to 2199.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1800" && s <= "2199"
}

// isDayRange: "25-26" or "25–26".
func isDayRange(s string) bool {
	// a day has one or two digits, so the separator (one byte, or three
	// starting 0xE2) starts at byte 1 or 2 and the whole is 3 to 7 bytes:
	// most words, numbers among them, fail this before any search
	if len(s) < 3 || len(s) > 7 || !isRangeSep(s[1]) && !isRangeSep(s[2]) {
		return false
	}
	for _, sep := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok && isDay(a) && isDay(b) {
			return true
		}
	}
	return false
}
