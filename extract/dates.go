package extract

import (
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/pipeline"
)

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// matchDate returns the end (exclusive token index) of a calendar
// expression starting at toks[i], or i when there is none: "18 February
// 2025", "February 18, 2025", "February 2025", "13 March", "2014",
// "Thursday". Durations ("five-day", "30-day") never match: the tokenizer
// keeps them as one hyphenated token.
func matchDate(text string, toks []pipeline.Token, i int) int {
	w := func(k int) string {
		if k < len(toks) {
			return text[toks[k].Start:toks[k].End]
		}
		return ""
	}
	isMonth := func(k int) bool {
		s := w(k)
		return s != "" && unicode.IsUpper(rune(s[0])) && inLowerASCII(months, s)
	}
	switch {
	case isDayRange(w(i)) && isMonth(i+1):
		// "25-26 July 2022"
		if isYear(w(i + 2)) {
			return i + 3
		}
		return i + 2
	case isDay(w(i)) && (w(i+1) == "–" || w(i+1) == "-") && isDay(w(i+2)) && isMonth(i+3):
		// "27–28 February 2019"
		if isYear(w(i + 4)) {
			return i + 5
		}
		return i + 4
	case isDay(w(i)) && isMonth(i+1):
		if isYear(w(i + 2)) {
			return i + 3
		}
		return i + 2
	case isMonth(i):
		// "May" alone is too often the modal verb at a sentence start.
		if isDay(w(i+1)) && !isYearLike(w(i+1)) {
			if w(i+2) == "," && isYear(w(i+3)) {
				return i + 4
			}
			if isYear(w(i + 2)) {
				return i + 3
			}
			return i + 2
		}
		if isYear(w(i + 1)) {
			return i + 2
		}
		if strings.EqualFold(w(i), "may") {
			return i
		}
		return i + 1
	case isYear(w(i)):
		return i + 1
	case inLowerASCII(weekdays, w(i)) && unicode.IsUpper(rune(w(i)[0])):
		return i + 1
	}
	return i
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
	for _, sep := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok && isDay(a) && isDay(b) {
			return true
		}
	}
	return false
}
