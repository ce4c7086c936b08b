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
// sentence, and the parts are quote regions of those sentences
// (regionsIn).
type runOn struct {
	para        int
	open, close pipeline.Span
}

// regionsIn returns the quotation-mark pairs inside sentence si, with the
// parts of quotations that run over a paragraph break: from the opening
// mark to the end of the sentence that ends its paragraph, and from the
// start of the next paragraph to the mark that closes it there. The run-on
// quotes are found while the sentences' regions are, and the sentences are
// seen in order, so the one of a paragraph is known when the next starts.
func (qd *quoteDoc) regionsIn(si int) []text.QuoteRegion {
	d := qd.d
	s := d.Sentences[si]
	var out []text.QuoteRegion
	if si == 0 || d.Sentences[si-1].Paragraph != s.Paragraph {
		if r := qd.runOnOf(s.Paragraph - 1); r != nil && r.close.End > 0 && s.Span.Contains(r.close) {
			out = append(out, text.QuoteRegion{Open: pipeline.Span{Start: s.Span.Start, End: s.Span.Start}, Close: r.close})
		}
	}
	sc := text.ScanQuoteRegions(d.Text, s.Span) // one pass over a sentence without marks

	for r, ok := sc.Next(); ok; r, ok = sc.Next() {
		if len(out) > 0 && r.Open.Start < out[len(out)-1].Close.End {
			continue // inside the lead-in part
		}
		if len(out) == cap(out) {
			out = slices.Grow(out, len(out)+1) // doubled: append grows a long slice by a quarter
		}
		out = append(out, r)
	}
	last := si+1 == len(d.Sentences) || d.Sentences[si+1].Paragraph != s.Paragraph
	if at, r, n := sc.Unclosed(); at >= 0 && last && s.Paragraph+1 < len(d.Paragraphs) {
		if c, _, ok := text.RunOn(d.Text, r, d.Paragraphs[s.Paragraph+1].Span); ok {
			open := pipeline.Span{Start: at, End: at + n}
			if qd.runOnOf(s.Paragraph) == nil {
				qd.runOns = append(qd.runOns, runOn{para: s.Paragraph, open: open, close: c})
			}
			out = append(out, text.QuoteRegion{Open: open, Close: pipeline.Span{Start: s.Span.End, End: s.Span.End}})
		}
	}
	return out
}

// runOnOf returns the quotation that runs on from paragraph p, or nil.
func (qd *quoteDoc) runOnOf(p int) *runOn {
	k, ok := slices.BinarySearchFunc(qd.runOns, p, func(r runOn, p int) int { return r.para - p })
	if !ok {
		return nil
	}
	return &qd.runOns[k]
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
