package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// extraMentions adds mentions that no capitalised run produced: parts of
// hyphen compounds ("USA-Russia", "Putin-Trump") and lower-case forms of
// named events ("the Riyadh talks").
func extraMentions(d *pipeline.Document, lx *Lexicon, groups map[gkey]*group, order *[]gkey, ppl *people, cov coverIndex) {
	for _, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if !strings.Contains(w, "-") || cov.covers(t.Span) {
			continue
		}
		off := t.Start
		for _, part := range strings.Split(w, "-") {
			sp := pipeline.Span{Start: off, End: off + len(part)}
			off += len(part) + 1
			if !isCap(part) {
				continue
			}
			c := cand{span: sp, sentence: t.Sentence}
			if e, ok := lx.Gazetteer[Fold(part)]; ok {
				c.typ, c.canon = e.Type, e.Canonical
				addTo(groups, order, e.Type, lx.foldCanonical(e.Canonical), c)
			} else if k := ppl.find(part, sp.Start); k != (gkey{}) {
				c.typ = pipeline.Person
				groups[k].mentions = append(groups[k].mentions, c)
			}
		}
	}
	var events []*group
	var names []string
	for _, k := range *order {
		g := groups[k]
		if g == nil || g.typ != pipeline.Event {
			continue
		}
		name := d.Text[g.mentions[0].span.Start:g.mentions[0].span.End]
		if i := strings.LastIndex(name, " ("); i > 0 {
			name = name[:i]
		}
		if len(strings.Fields(name)) < 2 {
			continue
		}
		events, names = append(events, g), append(names, asciiLower(name))
	}
	for i, at := range findNames(d.Text, names) {
		for _, p := range at {
			sp := pipeline.Span{Start: p, End: p + len(names[i])}
			if cov.covers(sp) {
				continue
			}
			if si := d.SentenceAt(sp.Start); si >= 0 {
				events[i].mentions = append(events[i].mentions, cand{span: sp, typ: pipeline.Event, sentence: si})
			}
		}
	}
}

// findNames returns, for each of the lower-cased names, where the text
// writes it as whole words, ignoring ASCII case: the matches a scan with
// strings.Index from the end of each match before would find, less those
// not word-bounded. Names are looked up by their first word in one pass
// over the text, so the cost does not grow with names times text; a name
// whose word-bounded occurrences could hide in others (selfOverlapping)
// or that starts with no word byte is scanned for on its own.
func findNames(text string, names []string) [][]int {
	out := make([][]int, len(names))
	byFirst := map[string][]int{}
	minW, maxW := len(text)+1, 0
	var lower string
	for i, n := range names {
		w := leadingWord(n)
		if w == "" || selfOverlapping(n) {
			if lower == "" {
				lower = asciiLower(text)
			}
			out[i] = scanName(text, lower, n)
			continue
		}
		byFirst[w] = append(byFirst[w], i)
		minW, maxW = min(minW, len(w)), max(maxW, len(w))
	}
	if len(byFirst) == 0 {
		return out
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
		if !first[text[p]] || p > 0 && wordBytes[text[p-1]] {
			continue
		}
		q := p + 1
		for q < len(text) && wordBytes[text[q]] {
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
	return out
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

func addTo(groups map[gkey]*group, order *[]gkey, typ, key string, c cand) {
	k := gkey{typ, key}
	g, ok := groups[k]
	if !ok {
		g = &group{typ: typ, key: key, canon: c.canon}
		groups[k] = g
		*order = append(*order, k)
	}
	g.mentions = append(g.mentions, c)
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

// wordBytes holds isWordByte for every byte.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func wordBounded(text string, sp pipeline.Span) bool {
	ok := func(i int) bool { return i < 0 || i >= len(text) || !isWordByte(text[i]) }
	return ok(sp.Start-1) && ok(sp.End)
}
