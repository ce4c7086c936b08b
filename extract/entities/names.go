package entities

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// findNames returns, for each of the lower-cased names, where the text
// writes it as whole words, ignoring ASCII case: the matches a scan with
// strings.Index from the end of each match before would find, less those
// not word-bounded. A name whose word-bounded occurrences could hide in
// others (selfOverlapping) or that starts with no word byte is scanned
// for on its own; the others are searched for by their rarest byte
// (searchName) when they are few, else looked up by their first word in
// one walk over the text's words (walkNames), so that the cost does not
// grow with names times text.
func findNames(text string, names []string) [][]int {
	out := make([][]int, len(names))
	var lower string
	var rest []int
	for i, n := range names {
		if leadingWord(n) == "" || selfOverlapping(n) {
			if lower == "" {
				lower = asciiLower(text)
			}
			out[i] = scanName(text, lower, n)
			continue
		}
		rest = append(rest, i)
	}
	if len(rest) > maxSearched {
		walkNames(text, names, rest, out)
		return out
	}
	for _, i := range rest {
		out[i] = searchName(text, names[i])
	}
	return out
}

// maxSearched is the most names findNames searches for one by one.
const maxSearched = 8

// searchName is findNames for one name starting with a word byte:
// candidates are where its rarest byte stands in the text, in either
// case, found by strings.IndexByte (far faster than a loop over every
// byte) and the two searches merged.
func searchName(text, name string) []int {
	var at []int
	k := rarestByte(name)
	lo, up := name[k], name[k]
	if 'a' <= lo && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	next := func(c byte, from int) int { // the next c at or after from, or len(text)
		if from < len(text) {
			if i := strings.IndexByte(text[from:], c); i >= 0 {
				return from + i
			}
		}
		return len(text)
	}
	a, b := next(lo, k), len(text)
	if up != lo {
		b = next(up, k)
	}
	for {
		h := min(a, b)
		if h == len(text) {
			return at
		}
		if h == a {
			a = next(lo, h+1)
		} else {
			b = next(up, h+1)
		}
		sp := pipeline.Span{Start: h - k, End: h - k + len(name)}
		if sp.End <= len(text) && equalASCIILower(text[sp.Start:sp.End], name) && wordBounded(text, sp) {
			at = append(at, sp.Start)
		}
	}
}

// rarestByte returns the index in s of its word byte least frequent in
// English text (the last of equals).
func rarestByte(s string) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if byteRarity[s[i]] >= byteRarity[s[best]] {
			best = i
		}
	}
	return best
}

// byteRarity ranks the word bytes by how rarely English text has them:
// the lower-case letters from the most frequent to the least, then
// digits, then the bytes of UTF-8 sequences (those that begin and
// continue the typographic quotes and dashes being common); other bytes
// rank lowest.
const byteRarity = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x03\x14\x0c\x0a\x01\x10\x11\x08\x05\x17\x16\x0b\x0e\x06\x04" +
	"\x13\x19\x09\x07\x02\x0d\x15\x0f\x18\x12\x1a\x00\x00\x00\x00\x00" +
	"\x0a\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x0a\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c" +
	"\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c"

// walkNames is findNames for the names listed in which, each starting
// with a word byte: names are looked up by their first word at the start
// of every word of the text with a listed first byte.
func walkNames(text string, names []string, which []int, out [][]int) {
	byFirst := map[string][]int{}
	minW, maxW := len(text)+1, 0
	for _, i := range which {
		w := leadingWord(names[i])
		byFirst[w] = append(byFirst[w], i)
		minW, maxW = min(minW, len(w)), max(maxW, len(w))
	}
	var first [256]bool // the bytes, in either case, that a listed first word starts with
	for w := range byFirst {
		first[w[0]] = true
		if 'a' <= w[0] && w[0] <= 'z' {
			first[w[0]-32] = true
		}
	}
	var buf []byte
	// Only the words starting with a listed first byte matter: the scan
	// looks for those bytes and then checks that a word starts there.
	// (The bytes in first are word bytes, so the byte after a word, which
	// is not one, is skipped without loss.)
	for p := 0; p < len(text); p++ {
		if !first[text[p]] || p > 0 && wordBytes[text[p-1]] != 0 {
			continue
		}
		q := p + 1
		for q < len(text) && wordBytes[text[q]] != 0 {
			q++
		}
		if q-p >= minW && q-p <= maxW {
			buf = appendASCIILower(buf[:0], text[p:q])
			for _, i := range byFirst[string(buf)] {
				sp := pipeline.Span{Start: p, End: p + len(names[i])}
				if sp.End <= len(text) && equalASCIILower(text[sp.Start:sp.End], names[i]) && wordBounded(text, sp) {
					out[i] = append(out[i], p)
				}
			}
		}
		p = q
	}
}

// scanName is findNames for one name, by strings.Index over the
// lower-cased text.
func scanName(text, lower, name string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(lower[from:], name)
		if i < 0 {
			return at
		}
		sp := pipeline.Span{Start: from + i, End: from + i + len(name)}
		from = sp.End
		if wordBounded(text, sp) {
			at = append(at, sp.Start)
		}
	}
}

// leadingWord is the run of word bytes (as wordBounded counts them) that
// s starts with.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// selfOverlapping: an occurrence of s can start, word-bounded, inside an
// earlier one, which then hides it: s ends with a proper prefix of
// itself that a non-word byte stands before ("talks and talks" can; "Sochi
// talks" cannot, as "k" comes before the final "s").
func selfOverlapping(s string) bool {
	for k := 1; k < len(s); k++ {
		if !isWordByte(s[len(s)-k-1]) && s[:k] == s[len(s)-k:] {
			return true
		}
	}
	return false
}

func appendASCIILower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		b = append(b, c)
	}
	return b
}

// equalASCIILower: asciiLower(s) == lower.
func equalASCIILower(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// wordBytes is 1 for the bytes isWordByte holds, by byte.
const wordBytes = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func wordBounded(text string, sp pipeline.Span) bool {
	ok := func(i int) bool { return i < 0 || i >= len(text) || !isWordByte(text[i]) }
	return ok(sp.Start-1) && ok(sp.End)
}
