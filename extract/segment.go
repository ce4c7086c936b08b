package extract

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

// Segmenter splits paragraphs into sentences. Input: Paragraphs. Output:
// Sentences, sorted, each inside one paragraph, trimmed of white space.
// A sentence never ends inside a pair of quotation marks and a line break
// always ends one; abbreviations and initials do not.
type Segmenter struct {
	abbrev  map[string]bool
	abbrevF abbrevFilter // rules most words out before the map lookup
}

// NewSegmenter returns a segmenter using the lexicon's abbreviations.
func NewSegmenter(lx *Lexicon) *Segmenter {
	g := &Segmenter{abbrev: lx.Abbrev}
	for a := range lx.Abbrev {
		g.abbrevF.add(a)
	}
	return g
}

// abbrevFilter is a bit set over a hash of a word's length, first and
// last bytes: a word whose bit is clear is not an abbreviation.
type abbrevFilter [16]uint64

func abbrevBit(w string) uint {
	return (uint(w[0])*31 + uint(w[len(w)-1])*7 + uint(len(w))) & 1023
}

func (f *abbrevFilter) add(w string) {
	if w != "" {
		b := abbrevBit(w)
		f[b/64] |= 1 << (b % 64)
	}
}

func (f *abbrevFilter) has(w string) bool {
	b := abbrevBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// Name implements pipeline.Stage.
func (*Segmenter) Name() string { return "segment" }

// Run implements pipeline.Stage.
func (g *Segmenter) Run(ctx context.Context, d *pipeline.Document) error {
	// four sentences a paragraph, but no more than one per 16 bytes: a
	// text of one-letter lines would reserve four times what it needs
	d.Sentences = make([]pipeline.Sentence, 0, min(len(d.Paragraphs)*4, len(d.Paragraphs)+len(d.Text)/16))
	var spans []pipeline.Span // reused across paragraphs
	for pi, p := range d.Paragraphs {
		if pi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		spans = g.appendSplit(spans[:0], d.Text, p.Span)
		for _, s := range spans {
			d.Sentences = append(d.Sentences, pipeline.Sentence{Span: s, Paragraph: pi})
		}
	}
	return nil
}

// Split returns the sentence spans of text[p.Start:p.End].
func (g *Segmenter) Split(text string, p pipeline.Span) []pipeline.Span {
	return g.appendSplit(nil, text, p)
}

// appendSplit appends the sentence spans of text[p.Start:p.End] to out.
func (g *Segmenter) appendSplit(out []pipeline.Span, text string, p pipeline.Span) []pipeline.Span {
	// the quote regions in order, one at a time: q is the first that does
	// not end before i (ok false when none is left)
	regions := quoteScanner{text: text, s: p, i: p.Start, danish: -1}
	q, ok := regions.next()
	start := p.Start
	for i := p.Start; i < p.End; {
		for ok && q.Close.End <= i {
			q, ok = regions.next()
		}
		if ok && q.Open.Start <= i && i < q.Close.End {
			// Jump over the quote; it ends the sentence only when its own
			// last sentence ends at the closing mark: he said “A. B.” Next.
			i = q.Close.End
			last, _ := utf8.DecodeLastRuneInString(text[q.Open.End:q.Close.Start])
			if !strings.ContainsRune(".!?…", last) || i >= p.End || !g.boundary(text, p, q.Open.End, q.Close.Start-1, i) {
				continue
			}
			if s := trimSpan(text, pipeline.Span{Start: start, End: i}); s.Len() > 0 {
				out = append(out, s)
			}
			start = i
			continue
		}
		// Skip to the next terminator, stopping at the next quote.
		stop := p.End
		if ok {
			stop = min(stop, q.Open.Start)
		}
		k := indexTerminator(text[i:stop])
		if k < 0 {
			i = stop
			continue
		}
		i += k
		_, n := utf8.DecodeRuneInString(text[i:])
		end := i + n
		// Take the whole run of terminators and closing marks: "?!", ".)", ".”".
		for end < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(".!?…)]”’\"»", r2) {
				break
			}
			end += n2
		}
		if end < p.End && !g.boundary(text, p, start, i, end) {
			i = end
			continue
		}
		if s := trimSpan(text, pipeline.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start, i = end, end
	}
	if s := trimSpan(text, pipeline.Span{Start: start, End: p.End}); s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// indexTerminator returns the index of the first . ! ? or … in s, or -1.
func indexTerminator(s string) int {
	for j := 0; j < len(s); {
		// Eight bytes at a time past those holding no terminator byte.
		if j+8 <= len(s) && !mayHoldTerminator(s[j:j+8]) {
			j += 8
			continue
		}
		for end := min(j+8, len(s)); j < end; j++ {
			if !terminatorByte[s[j]] {
				continue
			}
			if s[j] != 0xE2 || j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0xA6 { // … is E2 80 A6
				return j
			}
		}
	}
	return -1
}

// mayHoldTerminator reports whether the eight bytes of w may include one
// of terminatorByte's: no false negatives, rare false positives.
func mayHoldTerminator(w string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = w[7] // one bounds check: the loads below merge into one
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	// (q-ones) &^ q has a byte's high bit set where q has a zero byte
	// (and may above one): q is zero where x holds the byte looked for.
	a, b, c, e := x^(ones*'.'), x^(ones*'!'), x^(ones*'?'), x^(ones*0xE2)
	return ((a-ones)&^a|(b-ones)&^b|(c-ones)&^c|(e-ones)&^e)&highs != 0
}

// terminatorByte marks the bytes that start a terminator.
var terminatorByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// boundary decides whether the terminator at dot (run ending at end) ends a
// sentence: it needs white space after it, then a capital, digit or opening
// mark, and a full stop must not close an abbreviation or initial.
func (g *Segmenter) boundary(text string, p pipeline.Span, start, dot, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) && r != 0xA0 {
		return false
	}
	j := end
	for j < p.End {
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r2) && !isBlank(r2) {
			break
		}
		j += n2
	}
	if j >= p.End {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("“\"«„‘'(", next) {
		return false
	}
	if text[dot] != '.' {
		return true
	}
	// The word before the full stop.
	w := dot
	for w > start {
		if c := text[w-1]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' || c == '(' || c == '"' { // the ASCII of the test below
				break
			}
			w--
			continue
		}
		r3, n3 := utf8.DecodeLastRuneInString(text[start:w])
		if unicode.IsSpace(r3) || strings.ContainsRune("(“\"«„‘", r3) {
			break
		}
		w -= n3
	}
	word := text[w:dot]
	if word == "" {
		return true
	}
	if g.isAbbrev(word) {
		return false
	}
	// Initials: "J. Smith", and dotted acronyms "U.S." before a capital name.
	if utf8.RuneCountInString(word) == 1 {
		r4, _ := utf8.DecodeRuneInString(word)
		return !unicode.IsUpper(r4)
	}
	return !isDottedAcronym(word)
}

// isAbbrev looks word up in the abbreviations, lower-cased; a short ASCII
// word is lower-cased on the stack.
func (g *Segmenter) isAbbrev(word string) bool {
	var buf [32]byte
	if len(word) > len(buf) {
		return g.abbrev[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return g.abbrev[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !g.abbrevF.has(string(buf[:len(word)])) {
		return false
	}
	return g.abbrev[string(buf[:len(word)])]
}

// isDottedAcronym: U.S, U.N, E.U (the final dot already cut).
func isDottedAcronym(w string) bool {
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
