package schema

import "strings"

// The schema's patterns, as functions: regular expressions would be
// compiled at process start.

// isID matches ^P[1-9][0-9]*$ for the prefix P.
func isID(s string, prefix byte) bool {
	if len(s) < 2 || s[0] != prefix || s[1] == '0' {
		return false
	}
	return allDigits(s[1:])
}

// isDigest matches ^[0-9a-f]{64}$.
func isDigest(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// isDateValue matches D or D/D, where D is YYYY, YYYY-MM or YYYY-MM-DD
// with a month 01-12 and a day 01-31.
func isDateValue(s string) bool {
	start, end, isRange := strings.Cut(s, "/")
	return isDate(start) && (!isRange || isDate(end))
}

func isDate(s string) bool {
	switch len(s) {
	case 4:
		return allDigits(s)
	case 7, 10:
	default:
		return false
	}
	if !allDigits(s[:4]) || s[4] != '-' || !inRange(s[5:7], "01", "12") {
		return false
	}
	return len(s) == 7 || s[7] == '-' && inRange(s[8:10], "01", "31")
}

// inRange reports whether the two digits dd lie in [lo, hi].
func inRange(dd, lo, hi string) bool {
	return allDigits(dd) && lo <= dd && dd <= hi
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
