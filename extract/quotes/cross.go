package quotes

import (
	"slices"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// runOn is a quotation left open at the end of paragraph para that goes on
// in the next one (text.RunOn): open is its opening mark, close the mark
// that closes it in the next paragraph, the zero span when that paragraph
// opens the mark again. Each paragraph's part is a direct quote of its
// own, as a reader marks it: the segmenter keeps each part in one
// sentence, and the parts are quote regions of those sentences.
type runOn struct {
	para        int
	open, close pipeline.Span
}

// runOns lists the quotations of d that run over a paragraph break, in
// order. hasOpener tells the spans where a quote may open, so that only
// those are searched for quotation marks.
func runOns(d *pipeline.Document, hasOpener func(pipeline.Span) bool) []runOn {
	var out []runOn
	for p := 0; p+1 < len(d.Paragraphs); p++ {
		ps := d.Paragraphs[p].Span
		if !hasOpener(ps) {
			continue // no mark opens a quote here, left unclosed or not
		}
		sc := text.ScanQuoteRegions(d.Text, ps)
		for _, ok := sc.Next(); ok; _, ok = sc.Next() {
		}
		at, r, n := sc.Unclosed()
		if at < 0 {
			continue
		}
		if c, _, ok := text.RunOn(d.Text, r, d.Paragraphs[p+1].Span); ok {
			out = append(out, runOn{para: p, open: pipeline.Span{Start: at, End: at + n}, close: c})
		}
	}
	return out
}

// withRunOns adds to the quote regions of sentence si the parts of the
// quotations that run over a paragraph break: from the opening mark to
// the end of the sentence that ends its paragraph, and from the start of
// the next paragraph to the mark that closes it there. regions are in
// order, and so is the result.
func (qd *quoteDoc) withRunOns(si int, regions []text.QuoteRegion) []text.QuoteRegion {
	if len(qd.runOns) == 0 {
		return regions
	}
	s := qd.d.Sentences[si]
	at := func(p int) *runOn {
		k, ok := slices.BinarySearchFunc(qd.runOns, p, func(r runOn, p int) int { return r.para - p })
		if !ok {
			return nil
		}
		return &qd.runOns[k]
	}
	if r := at(s.Paragraph - 1); r != nil && r.close.End > 0 && s.Span.Contains(r.close) && (si == 0 || qd.d.Sentences[si-1].Paragraph != s.Paragraph) {
		lead := text.QuoteRegion{Open: pipeline.Span{Start: s.Span.Start, End: s.Span.Start}, Close: r.close}
		regions = append([]text.QuoteRegion{lead}, regions...)
	}
	if r := at(s.Paragraph); r != nil && s.Span.Contains(r.open) && (len(regions) == 0 || regions[len(regions)-1].Close.End <= r.open.Start) {
		regions = append(regions, text.QuoteRegion{Open: r.open, Close: pipeline.Span{Start: s.Span.End, End: s.Span.End}})
	}
	return regions
}

// carryRunOnSpeakers gives a run-on quote that nothing attributes the
// speaker of the part that goes on at the start of the next paragraph
// (“A. ¶ “B,” she said.), part by part from the last. qs are in text
// order.
func carryRunOnSpeakers(d *pipeline.Document, qs []quote) {
	next := -1 // the next direct quote after i
	for i := len(qs) - 1; i >= 0; i-- {
		q := &qs[i]
		if q.Kind != pipeline.Direct {
			continue
		}
		if q.runOn && !q.attributed && next >= 0 {
			n := &qs[next]
			if n.leads && n.attributed && d.Sentences[n.Sentence].Paragraph == d.Sentences[q.Sentence].Paragraph+1 {
				q.who, q.attributed = n.who, true
			}
		}
		next = i
	}
}
