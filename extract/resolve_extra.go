package extract

import (
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// coverIndex answers whether a span overlaps any mention: a bit for each
// byte of the text that a mention covers (mentions are never empty).
type coverIndex struct{ bits []uint64 }

// coverage marks the mentions of the live groups.
func (r *resolver) coverage() {
	r.cov.bits = resized(r.cov.bits, (len(r.d.Text)+63)/64)
	for i := range r.groups {
		if g := &r.groups[i]; g.live {
			for _, m := range g.mentions {
				r.cov.mark(m.Span)
			}
		}
	}
}

// mark sets the bits of sp's bytes.
func (c coverIndex) mark(sp pipeline.Span) {
	for i := sp.Start; i < sp.End; {
		w, end := i/64, min(sp.End, i/64*64+64)
		c.bits[w] |= spanBits(i, end)
		i = end
	}
}

// covers reports whether a mention overlaps sp.
func (c coverIndex) covers(sp pipeline.Span) bool {
	for i := sp.Start; i < sp.End; {
		w, end := i/64, min(sp.End, i/64*64+64)
		if c.bits[w]&spanBits(i, end) != 0 {
			return true
		}
		i = end
	}
	return false
}

// spanBits is the mask of bytes [i, end) in their 64-byte word (end-1 in
// the word of i).
func spanBits(i, end int) uint64 {
	m := ^uint64(0) << (i % 64)
	if n := end - i/64*64; n < 64 {
		m &= 1<<n - 1
	}
	return m
}

// extraMentions adds mentions that no capitalised run produced: parts of
// hyphen compounds ("USA-Russia", "Putin-Trump") and lower-case forms of
// named events ("the Riyadh talks").
func (r *resolver) extraMentions() {
	d, lx := r.d, r.lx
	for _, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if strings.IndexByte(w, '-') < 0 || r.cov.covers(t.Span) {
			continue
		}
		off := t.Start
		for rest, more := w, true; more; {
			var part string
			part, rest, more = strings.Cut(rest, "-")
			sp := pipeline.Span{Start: off, End: off + len(part)}
			off += len(part) + 1
			if !isCap(part) {
				continue
			}
			r.buf = appendFold(r.buf[:0], part)
			if e, ok := lx.Gazetteer[string(r.buf)]; ok {
				r.add(e.Type, lx.foldCanonical(e.Canonical), e.Canonical, sp, t.Sentence, nil)
			} else if k := r.ppl.find(string(r.buf), sp.Start); k >= 0 {
				g := &r.groups[k]
				g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: t.Sentence})
			}
		}
	}
	// the names of events of two words or more, lower-cased end to end in
	// one string
	r.events = r.events[:0]
	var lower []byte
	var ends []int
	for _, k := range r.order {
		g := &r.groups[k]
		if !g.live || g.typ != pipeline.Event {
			continue
		}
		name := r.text(g.mentions[0].Span)
		if i := strings.LastIndex(name, " ("); i > 0 {
			name = name[:i]
		}
		if countFields(name) < 2 {
			continue
		}
		r.events = append(r.events, k)
		lower = appendASCIILower(lower, name)
		ends = append(ends, len(lower))
	}
	if len(r.events) == 0 {
		return
	}
	all, names, start := string(lower), make([]string, len(ends)), 0
	for i, end := range ends {
		names[i], start = all[start:end], end
	}
	for i, at := range findNames(d.Text, names) {
		for _, p := range at {
			sp := pipeline.Span{Start: p, End: p + len(names[i])}
			if r.cov.covers(sp) {
				continue
			}
			if si := d.SentenceAt(sp.Start); si >= 0 {
				g := &r.groups[r.events[i]]
				g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: si})
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
	}
	if len(byFirst) == 0 {
		return out
	}
	// lens[c]: the lengths of the listed first words that start with byte
	// c in either case, a bit each (bit 63 for 63 bytes or more)
	var lens [256]uint64
	for w := range byFirst {
		bit := uint64(1) << min(len(w), 63)
		lens[w[0]] |= bit
		if 'a' <= w[0] && w[0] <= 'z' {
			lens[w[0]-32] |= bit
		}
	}
	var buf []byte
	// The text is walked word by word; only a word whose first byte and
	// length fit a listed first word is looked up.
	for p := 0; p < len(text); {
		c := text[p]
		if !wordBytes[c] {
			p++
			continue
		}
		q := p + 1
		for q < len(text) && wordBytes[text[q]] {
			q++
		}
		if lens[c]&(uint64(1)<<min(q-p, 63)) != 0 {
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
