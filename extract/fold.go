package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune is Fold for one rune: lower-cased, then typographic apostrophes
// and dashes and NBSP mapped to ASCII (the same pairs as folder).
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if r < 0x2000 || r > 0x206f { // General Punctuation (quotes, dashes) has no case
		r = unicode.ToLower(r)
	}
	switch r {
	case '’', '‘':
		return '\''
	case '‑', '–', '—':
		return '-'
	case '\u00a0':
		return ' '
	}
	return r
}

// needsFold reports whether Fold could change s: it has an ASCII
// upper-case letter or a non-ASCII byte.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// appendFold appends Fold(s) to b. Ranging over s turns an invalid byte
// into U+FFFD, as strings.ToLower does.
func appendFold(b []byte, s string) []byte {
	// ASCII bytes, most of any text, need no decoding
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(b, s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// appendFoldRunes is appendFold rune by rune.
func appendFoldRunes(b []byte, s string) []byte {
	for _, r := range s {
		r = foldRune(r)
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// fieldsFolder builds Fold(strings.Join(strings.Fields(text), " ")) from
// consecutive pieces of text without allocating per piece.
type fieldsFolder struct {
	buf   []byte
	space bool // white space seen since the last byte written
}

// add returns f with the next piece of the text appended. (A value
// receiver keeps a caller's stack buffer on the stack.)
func (f fieldsFolder) add(s string) fieldsFolder {
	for _, r := range s {
		if unicode.IsSpace(r) {
			f.space = true
			continue
		}
		if f.space && len(f.buf) > 0 {
			f.buf = append(f.buf, ' ')
		}
		f.space = false
		r = foldRune(r)
		if r < utf8.RuneSelf {
			f.buf = append(f.buf, byte(r))
		} else {
			f.buf = utf8.AppendRune(f.buf, r)
		}
	}
	return f
}

// foldFields is Fold(strings.Join(strings.Fields(s), " ")) in one pass.
func foldFields(s string) string {
	if !needsFold(s) && !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	var arr [64]byte
	f := fieldsFolder{buf: arr[:0]}.add(s)
	return string(f.buf)
}

// inLowerASCII is set[strings.ToLower(s)] without allocating, for sets
// whose keys are short lower-case ASCII words without a "k": a word with
// a non-ASCII letter then never matches, since only the Kelvin sign
// lower-cases to ASCII ("k").
func inLowerASCII(set map[string]bool, s string) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}
