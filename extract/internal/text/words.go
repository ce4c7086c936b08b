package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// IsCap reports whether w starts with an upper-case letter ("al-Sudani"
// and "el-Sisi" count: the particle is part of the name).
func IsCap(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if (r == 'a' || r == 'e') && len(w) > n+2 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) {
		r2, _ := utf8.DecodeRuneInString(w[3:])
		return unicode.IsUpper(r2)
	}
	return false
}

// IsAllCaps reports whether w has two letters or more and no lower-case
// one ("UN", "U.S.", "P5").
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// IsBlank reports whether r is white space, NBSP, a zero-width character
// or a BOM: what the reader trims off paragraphs and the tokenizer skips.
func IsBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x2028, 0x2029, 0x3000, 0x202F, 0x2007:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// IsSpace reports whether r is white space, NBSP, a narrow NBSP or a thin
// space: what may stand inside quotation marks around a quote.
func IsSpace(r rune) bool { return unicode.IsSpace(r) || r == 0xA0 || r == 0x202F || r == 0x2009 }

// IsDottedAcronym reports whether w is letters joined by dots, its final
// dot cut: U.S, U.N, E.U.
func IsDottedAcronym(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// TrimSpan narrows s to exclude Unicode white space, NBSP, zero-width
// characters and a BOM at either end.
func TrimSpan(src string, s pipeline.Span) pipeline.Span {
	t := src[s.Start:s.End]
	// An end at a printable ASCII byte, most ends, is no blank: those are
	// answered without the calls.
	left := t
	if t == "" || !printableASCII(t[0]) {
		left = strings.TrimLeftFunc(t, IsBlank)
	}
	s.Start += len(t) - len(left)
	if left == "" || !printableASCII(left[len(left)-1]) {
		left = strings.TrimRightFunc(left, IsBlank)
	}
	s.End = s.Start + len(left)
	return s
}

func printableASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }
