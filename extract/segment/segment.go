package segment

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// Segmenter splits paragraphs into sentences. Input: Paragraphs. Output:
// Sentences, sorted, each inside one paragraph, trimmed of white space.
// A sentence never ends inside a pair of quotation marks and a line break
// always ends one; abbreviations and initials do not.
type Segmenter struct {
	lx     *lexicon.Lexicon
	abbrev *lexicon.AbbrevSet
}

// New returns the segmenter, using the lexicon's abbreviations and
// reporting verbs.
func New(lx *lexicon.Lexicon) *Segmenter { return &Segmenter{lx: lx, abbrev: lx.NewAbbrevSet()} }

// Name implements pipeline.Stage.
func (*Segmenter) Name() string { return "segment" }

// Reads implements pipeline.Declared.
func (*Segmenter) Reads() []pipeline.Layer {
	return []pipeline.Layer{pipeline.LayerText, pipeline.LayerParagraphs}
}

// Writes implements pipeline.Declared.
func (*Segmenter) Writes() []pipeline.Layer { return []pipeline.Layer{pipeline.LayerSentences} }

// Run implements pipeline.Stage.
func (g *Segmenter) Run(ctx context.Context, d *pipeline.Document) error {
	// four sentences a paragraph, but no more than one per 16 bytes: a
	// text of one-letter lines would reserve four times what it needs
	d.Sentences = make([]pipeline.Sentence, 0, min(len(d.Paragraphs)*4, len(d.Paragraphs)+len(d.Text)/16))
	var spans []pipeline.Span // reused across paragraphs
	lead := -1                // where a quote run on from the paragraph before closes, or -1
	for pi, p := range d.Paragraphs {
		if pi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var next pipeline.Span
		if pi+1 < len(d.Paragraphs) {
			next = d.Paragraphs[pi+1].Span
		}
		spans, lead = g.appendSplit(spans[:0], d.Text, p.Span, next, lead)
		for _, s := range spans {
			d.Sentences = append(d.Sentences, pipeline.Sentence{Span: s, Paragraph: pi})
		}
	}
	return nil
}

// appendSplit appends the sentence spans of src[p.Start:p.End] to out. A
// quote that runs on from the paragraph before closes at lead (-1 for
// none); one that runs on into the next paragraph, next, is not split
// either, and the offset where it closes there is returned (-1 for none).
func (g *Segmenter) appendSplit(out []pipeline.Span, src string, p, next pipeline.Span, lead int) ([]pipeline.Span, int) {
	// the quote regions in order, one at a time: q is the first that does
	// not end before i (ok false when none is left)
	regions := text.ScanQuoteRegions(src, p)
	q, ok := regions.Next()
	start, i := p.Start, p.Start
	if lead > p.Start {
		// as after a quote below, with the paragraph's start for its opener
		i = lead
		_, n := utf8.DecodeLastRuneInString(src[:lead])
		if last, _ := utf8.DecodeLastRuneInString(src[:lead-n]); strings.ContainsRune(".!?…", last) && i < p.End && g.boundary(src, p, p.Start, lead-n-1, i) {
			out = append(out, text.TrimSpan(src, pipeline.Span{Start: start, End: i}))
			start = i
		}
	}
	// once the regions are passed: where a quote left open runs on to
	// the paragraph's end (-1 for none), and where it closes in the next
	runOn, nextLead, asked := -1, -1, false
	for i < p.End {
		for ok && q.Close.End <= i {
			q, ok = regions.Next()
		}
		if !ok && !asked {
			asked = true
			if at, r, _ := regions.Unclosed(); at >= 0 {
				if c, reopen, on := text.RunOn(src, r, next); on {
					runOn = at
					if !reopen {
						nextLead = c.End
					}
				}
			}
		}
		if runOn >= 0 && i >= runOn {
			break
		}
		if ok && q.Open.Start <= i && i < q.Close.End {
			// Jump over the quote; it ends the sentence only when its own
			// last sentence ends at the closing mark: he said “A. B.” Next.
			i = q.Close.End
			// French marks stand apart from the words: « … rejects. »
			inner := strings.TrimRight(src[q.Open.End:q.Close.Start], " \u00a0\u202f")
			last, _ := utf8.DecodeLastRuneInString(inner)
			if !strings.ContainsRune(".!?…", last) || i >= p.End || !g.boundary(src, p, q.Open.End, q.Open.End+len(inner)-1, i) ||
				g.attribution(src, p, i, strings.TrimSpace(src[start:q.Open.Start]) == "") {
				continue
			}
			if s := text.TrimSpan(src, pipeline.Span{Start: start, End: i}); s.Len() > 0 {
				out = append(out, s)
			}
			start = i
			continue
		}
		// Skip to the next terminator, stopping at the next quote.
		stop := p.End
		if ok {
			stop = min(stop, q.Open.Start)
		} else if runOn >= 0 {
			stop = runOn
		}
		k := text.IndexTerminator(src[i:stop])
		if k < 0 {
			i = stop
			continue
		}
		i += k
		_, n := utf8.DecodeRuneInString(src[i:])
		end := i + n
		// Take the whole run of terminators and closing marks: "?!", ".)", ".”".
		for end < p.End {
			r2, n2 := utf8.DecodeRuneInString(src[end:])
			if !strings.ContainsRune(".!?…)]", r2) && !text.IsClosing(r2) {
				break
			}
			end += n2
		}
		if end < p.End && !g.boundary(src, p, start, i, end) {
			i = end
			continue
		}
		if s := text.TrimSpan(src, pipeline.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start, i = end, end
	}
	if s := text.TrimSpan(src, pipeline.Span{Start: start, End: p.End}); s.Len() > 0 {
		out = append(out, s)
	}
	return out, nextLead
}

// boundary decides whether the terminator at dot (run ending at end) ends a
// sentence: it needs white space after it, then a capital, digit or opening
// mark, and a full stop must not close an abbreviation or initial.
func (g *Segmenter) boundary(src string, p pipeline.Span, start, dot, end int) bool {
	r, _ := utf8.DecodeRuneInString(src[end:])
	if !unicode.IsSpace(r) && r != 0xA0 {
		return false
	}
	j := end
	for j < p.End {
		r2, n2 := utf8.DecodeRuneInString(src[j:])
		if !unicode.IsSpace(r2) && !text.IsBlank(r2) {
			break
		}
		j += n2
	}
	if j >= p.End {
		return true
	}
	next, _ := utf8.DecodeRuneInString(src[j:])
	// The opening marks here are not all the table's: » closes « and
	// starts no sentence; the corner brackets 「『 only ever open one, and
	// ” › open Swedish ”…” and German ›…‹ quotations (a closing one
	// stands inside its quotation, where no sentence ends).
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("“\"«„‘'(「『”›", next) {
		return false
	}
	if src[dot] != '.' {
		return true
	}
	// The word before the full stop.
	w := dot
	for w > start {
		if c := src[w-1]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' || c == '(' || c == '"' { // the ASCII of the test below
				break
			}
			w--
			continue
		}
		r3, n3 := utf8.DecodeLastRuneInString(src[start:w])
		if unicode.IsSpace(r3) || r3 == '(' || text.IsOpening(r3) {
			break
		}
		w -= n3
	}
	word := src[w:dot]
	if word == "" {
		return true
	}
	if g.abbrev.Has(word) {
		return false
	}
	// Initials: "J. Smith", and dotted acronyms "U.S." before a capital name.
	if utf8.RuneCountInString(word) == 1 {
		r4, _ := utf8.DecodeRuneInString(word)
		return !unicode.IsUpper(r4)
	}
	return !text.IsDottedAcronym(word)
}

// attribution: after a quotation that ends at i, a short reporting
// clause in capitals follows that belongs to its sentence (“Who wants
// war?” Lavrov asked.): up to four capitalised words, a reporting verb,
// and at most five words more before the sentence ends. After a
// quotation that leads its sentence only: one that closes a sentence
// begun before it is followed by a sentence of its own that introduces a
// new quotation (… called it “a farce.” She added, “We …”).
func (g *Segmenter) attribution(src string, p pipeline.Span, i int, leads bool) bool {
	caps := 0
	for n := 0; n < 10; n++ {
		for i < p.End && src[i] == ' ' {
			i++
		}
		j := i
		for j < p.End && !attributionEnd(src[j]) {
			j++
		}
		if j < p.End && src[j] == '.' && g.abbrev.Has(src[i:j]) {
			j++ // Mr. Lavrov
		}
		switch w := src[i:j]; {
		case w == "":
			if !leads && i < p.End && (src[i] == ',' || src[i] == ':') && g.opensQuote(src[i+1:p.End]) {
				return false
			}
			return caps > 0 && n > caps // punctuation after the verb and its words
		case text.IsOpening(firstRune(w)):
			return false // He added “…”: a quote of its own
		case caps == n && n < 4 && text.IsCap(w):
			caps++
		case caps == n:
			if caps == 0 || !g.lx.Lists(text.Fold(w)).Any(lexicon.Reporting.Or(lexicon.QuoteVerbs)) {
				return false
			}
		case n > caps+5:
			return false
		}
		i = j
	}
	return false
}

// opensQuote: rest starts, after white space, with an opening quotation
// mark and a capital.
func (g *Segmenter) opensQuote(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	r, n := utf8.DecodeRuneInString(rest)
	if n == 0 || !text.IsOpening(r) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest[n:])
	return unicode.IsUpper(c)
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// attributionEnd: the byte c ends a word of an attribution.
func attributionEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', '.', '!', '?':
		return true
	}
	return false
}
