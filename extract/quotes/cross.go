package quotes

import (
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// crossQuote is a quotation that opens in one paragraph and closes in the
// next. cont is the region of the second paragraph's re-opened quote
// (“… ¶ “… .”), which is part of it rather than a quote of its own.
type crossQuote struct {
	open, close pipeline.Span
	cont        *text.QuoteRegion
}

// crossQuotes pairs an opening mark left unclosed at the end of a
// paragraph with the first unmatched closer of the next paragraph, or with
// the close of a quote that re-opens at the next paragraph's start.
// hasOpener tells the spans where a quote may open, so that only those are
// searched for quotation marks.
func crossQuotes(d *pipeline.Document, hasOpener func(pipeline.Span) bool) []crossQuote {
	var out []crossQuote
	// each paragraph's regions are found once, for it or for the one before
	last, lastRegions := -1, []text.QuoteRegion(nil)
	regionsOf := func(p int) []text.QuoteRegion {
		if last != p {
			last, lastRegions = p, nil
			if ps := d.Paragraphs[p].Span; hasOpener(ps) {
				lastRegions = text.FindQuoteRegions(d.Text, ps)
			}
		}
		return lastRegions
	}
	for p := 0; p+1 < len(d.Paragraphs); p++ {
		ps, qs := d.Paragraphs[p].Span, d.Paragraphs[p+1].Span
		if !hasOpener(ps) {
			continue // no mark opens a quote here, left unclosed or not
		}
		at, r := lastUnclosed(d.Text, ps, regionsOf(p))
		if at < 0 {
			continue
		}
		cq := crossQuote{open: pipeline.Span{Start: at, End: at + utf8.RuneLen(r)}}
		regions := regionsOf(p + 1)
		if len(regions) > 0 && regions[0].Open.Start == qs.Start {
			cq.close, cq.cont = regions[0].Close, &regions[0]
			out = append(out, cq)
			continue
		}
		if c := firstUnmatchedCloser(d.Text, qs, regions, r); c.End > 0 {
			cq.close = c
			out = append(out, cq)
		}
	}
	return out
}

// lastUnclosed returns the offset and rune of an opening mark in span s
// that no mark closes, if it is the last opener of the span; else -1.
// regions are s's quote regions.
func lastUnclosed(src string, s pipeline.Span, regions []text.QuoteRegion) (int, rune) {
	from := s.Start
	if len(regions) > 0 {
		from = regions[len(regions)-1].Close.End
	}
	for i := from; ; {
		if i = text.SkipPlain(src, i, s.End); i >= s.End {
			break
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if text.ClosersOf(r) != "" && r != '’' && r != '»' && text.CanOpen(src, s, i, n, r) {
			return i, r
		}
		i += n
	}
	return -1, 0
}

// firstUnmatchedCloser finds the first mark in s that may close a quote
// opened by open, outside every region (regions are in order and do not
// overlap).
func firstUnmatchedCloser(src string, s pipeline.Span, regions []text.QuoteRegion, open rune) pipeline.Span {
	k := 0 // the first region that may hold offset i or a later one
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(src[i:])
		for k < len(regions) && regions[k].Close.End < i+n {
			k++
		}
		inside := k < len(regions) && regions[k].Outer().Contains(pipeline.Span{Start: i, End: i + n})
		if !inside && text.Closes(open, r) && !text.IsApostrophe(src, s, i, n) {
			return pipeline.Span{Start: i, End: i + n}
		}
		i += n
	}
	return pipeline.Span{}
}

// cross turns a quotation over a paragraph break into a direct quote of
// the sentence where it opens, attributed before its opening mark or after
// its closing one.
func (f *Finder) cross(d *pipeline.Document, sp *speakers, cq crossQuote) quote {
	region := text.QuoteRegion{Open: cq.open, Close: cq.close}
	q := quote{Quote: pipeline.Quote{Span: region.InnerIn(d.Text), Kind: pipeline.Direct, Sentence: d.SentenceAt(cq.open.Start)}}
	s := sp.qd.sentence(q.Sentence, sp)
	open := s.tokAt(cq.open.Start)
	for i := open - 1; i >= 0; i-- {
		if s.isReporting(i) {
			q.Cue, q.CueSpan, q.who = s.word(i), &s.toks[i].Span, sp.subjectOf(s, i, 0)
			return q
		}
	}
	ci := d.SentenceAt(cq.close.Start)
	if ci < 0 {
		return q
	}
	// the closing mark stands as a region of its own, that the reporting
	// clause follows
	c := sp.qd.newSentence(ci, sp, append([]text.QuoteRegion{{Open: cq.close, Close: cq.close}}, sp.qd.sentence(ci, sp).regions...))
	if cue, who := c.cueAfter(0, c.tokAt(cq.close.End)); cue >= 0 {
		q.Cue, q.CueSpan, q.who = c.word(cue), &c.toks[cue].Span, who
	}
	return q
}
