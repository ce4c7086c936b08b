package text

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases s and maps typographic apostrophes and dashes and NBSP
// to ASCII, for lookups; text is never rewritten.
func Fold(s string) string {
	if !NeedsFold(s) {
		return s
	}
	var arr [64]byte
	return string(AppendFold(arr[:0], s))
}

// foldRune is Fold for one rune.
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

// NeedsFold reports whether Fold could change s: it has an ASCII
// upper-case letter or a non-ASCII byte.
func NeedsFold(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if FoldBytes(Word8(s[i:i+8])) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// FoldBytes has the high bit set of each byte of x that Fold may change:
// an ASCII upper-case letter or a non-ASCII byte. For a byte c below 0x80,
// c+(0x80-'A') has its high bit set when c >= 'A' and c+(0x80-'Z'-1) when
// c > 'Z'; neither sum carries into the next byte. For an ASCII x,
// x + FoldBytes(x)>>2 is its fold: an upper-case letter's flag, 0x80,
// shifted down by two is the 0x20 that lower-cases it.
func FoldBytes(x uint64) uint64 {
	lo := x &^ highs
	return (x | (lo+ones*(0x80-'A'))&^(lo+ones*(0x80-'Z'-1))) & highs
}

// LowBytes masks the first n (at most 8) bytes of a Word8, the bytes of
// a word shorter than eight.
func LowBytes(n int) uint64 { return uint64(1)<<(8*n) - 1 }

// AppendFold appends Fold(s) to b. Ranging over s turns an invalid byte
// into U+FFFD, as strings.ToLower does.
func AppendFold(b []byte, s string) []byte {
	// ASCII bytes, most of any text, need no decoding and fold to one
	// byte each: they are written in place, eight at a time where they
	// can be, after one check of the capacity.
	n := len(b)
	b = slices.Grow(b, len(s))[:n+len(s)]
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := Word8(s[i : i+8])
		if x&highs != 0 {
			break
		}
		binary.LittleEndian.PutUint64(b[n+i:], x+FoldBytes(x)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(b[:n+i], s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n+i] = c
	}
	return b
}

// appendFoldRunes is AppendFold rune by rune.
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

// FieldsFolder builds Fold(strings.Join(strings.Fields(text), " ")) in
// Buf from consecutive pieces of text without allocating per piece.
type FieldsFolder struct {
	Buf   []byte
	space bool // white space seen since the last byte written
}

// Add returns f with the next piece of the text appended. (A value
// receiver keeps a caller's stack buffer on the stack.)
func (f FieldsFolder) Add(s string) FieldsFolder {
	for _, r := range s {
		if unicode.IsSpace(r) {
			f.space = true
			continue
		}
		if f.space && len(f.Buf) > 0 {
			f.Buf = append(f.Buf, ' ')
		}
		f.space = false
		r = foldRune(r)
		if r < utf8.RuneSelf {
			f.Buf = append(f.Buf, byte(r))
		} else {
			f.Buf = utf8.AppendRune(f.Buf, r)
		}
	}
	return f
}

// AppendFoldFields appends Fold(strings.Join(strings.Fields(s), " ")) to b, byte by byte while s is
// ASCII (most names are).
func AppendFoldFields(b []byte, s string) []byte {
	start, space := len(b), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return FieldsFolder{Buf: b[:start]}.Add(strings.TrimLeftFunc(s, unicode.IsSpace)).Buf
		case c == ' ' || '\t' <= c && c <= '\r':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b
}
