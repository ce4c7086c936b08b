package text

import (
	"github.com/parley-nlp/parley/pipeline"
)

// RunOn tells how a quote opened by the mark open and left unclosed at the
// end of a paragraph goes on in the next paragraph next. When next starts
// with an opening mark (the convention for a quotation of several
// paragraphs: each opens the mark again, the last one closes it), the
// quote ends with its paragraph: reopen is true. Else the quote runs into
// next up to the first mark there that closes it outside next's own
// quote regions: close is that mark. ok is false when neither holds (a
// stray or missing mark) and for a straight apostrophe, which is more
// often an elision than a quotation of several paragraphs.
func RunOn(src string, open rune, next pipeline.Span) (close pipeline.Span, reopen, ok bool) {
	if next.Len() <= 0 || open == '\'' {
		return pipeline.Span{}, false, false
	}
	r, n := MarkAt(src, next.Start)
	if IsOpening(r) && r != '»' && r != '\'' && CanOpen(src, next, next.Start, n, r) {
		return pipeline.Span{}, true, true
	}
	if SkipPlain(src, next.Start, next.End) >= next.End {
		return pipeline.Span{}, false, false
	}
	regions := FindQuoteRegions(src, next)
	k := 0 // the first region that may hold offset i or a later one
	for i := next.Start; i < next.End; {
		if i = SkipPlain(src, i, next.End); i >= next.End {
			break
		}
		r, n := MarkAt(src, i)
		for k < len(regions) && regions[k].Close.End < i+n {
			k++
		}
		inside := k < len(regions) && regions[k].Outer().Contains(pipeline.Span{Start: i, End: i + n})
		if !inside && Closes(open, r) && !IsApostrophe(src, next, i, n) {
			return pipeline.Span{Start: i, End: i + n}, false, true
		}
		i += n
	}
	return pipeline.Span{}, false, false
}
