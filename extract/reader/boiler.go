package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The translation notice and the discussion line are matched by hand, as
// the regular expressions noticeRE and startDiscRE (boiler_test.go) would
// match them, with Go's leftmost-first choice among their alternatives
// and the same capture: on a notice and a discussion line, found in nearly
// every article, the regexp package's backtracker cost more than the rest
// of the stage. A test runs both on generated lines and requires the same
// answers.

// matchNotice matches
//
//	(?i)^this (?:article|page|text) (?:was|has been|is) (?:automatically |machine[- ])?translated (?:automatically )?from (?:the )?(?:original )?(\p{L}+)(?: original)?(?: version| language| text)?\.?$
//
// and returns the language, the capture.
func matchNotice(s string) (lang string, ok bool) {
	if s, ok = cutEach(s, []string{"this "}, []string{"article", "page", "text"}, []string{" "},
		[]string{"was", "has been", "is"}, []string{" "}); !ok {
		return "", false
	}
	// The optional groups before "translated" and "from" cannot both
	// match and leave the next literal: taking them when they match is
	// the only way.
	if r, ok := cutFoldAny(s, "automatically ", "machine-", "machine "); ok {
		s = r
	}
	if s, ok = cutFold(s, "translated "); !ok {
		return "", false
	}
	if r, ok := cutFold(s, "automatically "); ok {
		s = r
	}
	if s, ok = cutFold(s, "from "); !ok {
		return "", false
	}
	// (?:the )?(?:original )? in the order a backtracker tries them;
	// \p{L}+ must take the whole run of letters, as what follows it
	// starts with a space, a full stop or the end.
	for _, pre := range [...]string{"the original ", "the ", "original ", ""} {
		r, ok := cutFold(s, pre)
		if !ok {
			continue
		}
		n := letterRun(r)
		if n > 0 && noticeTail(r[n:]) {
			return r[:n], true
		}
	}
	return "", false
}

// noticeTail reports whether s matches (?i)^(?: original)?(?: version| language| text)?\.?$.
func noticeTail(s string) bool {
	if r, ok := cutFold(s, " original"); ok && noticeEnd(r) {
		return true
	}
	return noticeEnd(s)
}

// noticeEnd reports whether s matches (?i)^(?: version| language| text)?\.?$.
func noticeEnd(s string) bool {
	if r, ok := cutFoldAny(s, " version", " language", " text"); ok && (r == "" || r == ".") {
		return true
	}
	return s == "" || s == "."
}

// letterRun is the length in bytes of the run of runes at the start of s
// that (?i)\p{L} matches: the letters, and the runes that fold to one.
func letterRun(s string) int {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.Is(foldL, r) {
			break
		}
		i += size
	}
	return i
}

// foldL is what the regexp package adds to \p{L} under (?i).
var foldL = unicode.FoldCategory["L"]

// Quotation marks the discussion line may have around the title.
var (
	openMarks  = [...]string{`"`, "“", "«", "„", "'", "‘"}
	closeMarks = [...]string{`"`, "”", "»", "“", "'", "’"}
)

// matchStartDisc matches
//
//	(?i)^start (?:a )?discussion (?:for|about|on) ["“«„'‘]?(.*?)["”»“'’]? article\.?$
//
// and returns the title, the capture.
func matchStartDisc(s string) (title string, ok bool) {
	if s, ok = cutFold(s, "start "); !ok {
		return "", false
	}
	if r, ok := cutFold(s, "a "); ok { // "discussion" cannot start with "a "
		s = r
	}
	if s, ok = cutEach(s, []string{"discussion "}, []string{"for", "about", "on"}, []string{" "}); !ok {
		return "", false
	}
	// The opening mark is taken first, if there is one.
	for _, m := range openMarks {
		if strings.HasPrefix(s, m) {
			if t, ok := discTitle(s[len(m):]); ok {
				return t, true
			}
			break
		}
	}
	return discTitle(s)
}

// discTitle matches (.*?)["”»“'’]? article\.?$ against s and returns the
// capture. The lazy capture ends where the longest tail that s ends with
// starts: a closing mark, " article" and a full stop, each if it can.
func discTitle(s string) (string, bool) {
	end := -1 // where the capture ends
	for _, m := range closeMarks {
		for _, tail := range [...]string{" article.", " article"} {
			if n := len(s) - len(m) - len(tail); n >= 0 && (end < 0 || n < end) &&
				s[n:n+len(m)] == m && hasSuffixFold(s, tail) {
				end = n
			}
		}
	}
	for _, tail := range [...]string{" article.", " article"} {
		if n := len(s) - len(tail); n >= 0 && (end < 0 || n < end) && hasSuffixFold(s, tail) {
			end = n
		}
	}
	// . is any rune but a line feed
	if end < 0 || strings.IndexByte(s[:end], '\n') >= 0 {
		return "", false
	}
	return s[:end], true
}

// hasSuffixFold reports whether s ends with lit, which holds no 's'
// (cutFold's one non-ASCII fold), under (?i).
func hasSuffixFold(s, lit string) bool {
	if len(s) < len(lit) {
		return false
	}
	r, ok := cutFold(s[len(s)-len(lit):], lit)
	return ok && r == ""
}

// cutEach cuts from s each step in turn: cutFoldAny of its alternatives,
// which start differently, so that the first that matches is the only one.
func cutEach(s string, steps ...[]string) (string, bool) {
	for _, alts := range steps {
		var ok bool
		if s, ok = cutFoldAny(s, alts...); !ok {
			return s, false
		}
	}
	return s, true
}

// cutFoldAny is cutFold of the first of lits that s starts with.
func cutFoldAny(s string, lits ...string) (string, bool) {
	for _, lit := range lits {
		if r, ok := cutFold(s, lit); ok {
			return r, true
		}
	}
	return s, false
}

// cutFold returns s without the prefix lit, matched as (?i) matches an
// ASCII lower-case literal: each letter in either case, and 's' also as
// 'ſ' (U+017F), the one rune outside ASCII that folds to a letter these
// literals use (the other, the Kelvin sign, folds to 'k').
func cutFold(s, lit string) (string, bool) {
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		switch {
		case s == "":
			return s, false
		case s[0] == c || 'a' <= c && c <= 'z' && s[0] == c-('a'-'A'):
			s = s[1:]
		case c == 's' && strings.HasPrefix(s, "ſ"):
			s = s[len("ſ"):]
		default:
			return s, false
		}
	}
	return s, true
}
