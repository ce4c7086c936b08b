package extract

import (
	"sort"
	"strings"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// coverIndex answers whether a span overlaps any mention: a bit for each
// byte of the text that a mention covers (mentions are never empty).
type coverIndex struct{ bits []uint64 }

// coverage marks the mentions of the live groups.
func (r *resolver) coverage() {
	r.cov.bits = text.Resize(r.cov.bits, (len(r.d.Text)+63)/64)
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
	d := r.d
	// Tokens are sorted and do not overlap: the hyphens are searched for
	// in the text, and each token holding one is handled once, rather
	// than every token being searched.
	toks := d.Tokens
	for from := 0; ; {
		i := strings.IndexByte(d.Text[from:], '-')
		if i < 0 {
			break
		}
		h := from + i
		ti := sort.Search(len(toks), func(i int) bool { return toks[i].End > h })
		if ti == len(toks) {
			break
		}
		t := &toks[ti]
		if t.Start > h {
			from = h + 1 // between tokens
			continue
		}
		from = t.End
		if !r.cov.covers(t.Span) {
			r.hyphenParts(t)
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

// hyphenParts adds the parts of a hyphen compound that name a listed
// entity or a person.
func (r *resolver) hyphenParts(t *pipeline.Token) {
	lx := r.lx
	off := t.Start
	for rest, more := r.d.Text[t.Start:t.End], true; more; {
		var part string
		part, rest, more = strings.Cut(rest, "-")
		sp := pipeline.Span{Start: off, End: off + len(part)}
		off += len(part) + 1
		if !text.IsCap(part) {
			continue
		}
		r.buf = text.AppendFold(r.buf[:0], part)
		if e, ok := lx.Gazetteer[string(r.buf)]; ok {
			r.add(e.Type, lx.FoldCanonical(e.Canonical), e.Canonical, sp, t.Sentence, nil)
		} else if k := r.ppl.find(string(r.buf), sp.Start); k >= 0 {
			g := &r.groups[k]
			g.mentions = append(g.mentions, pipeline.Mention{Span: sp, Sentence: t.Sentence})
		}
	}
}

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
var byteRarity = func() (t [256]uint8) {
	for i, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		t[c] = uint8(i + 1)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 27
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = 28
	}
	t[0xe2], t[0x80] = 10, 10
	return t
}()

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
