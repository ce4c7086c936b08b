package extract

import (
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// tokenFolds holds text.Fold of every token's text in a document. A stage
// builds it once instead of folding (and allocating) on every lookup: the
// folded forms share one allocation, and a word text.Fold leaves alone is the
// text itself.
type tokenFolds struct {
	d     *pipeline.Document
	folds []string // by index in d.Tokens
}

func newTokenFolds(d *pipeline.Document) *tokenFolds {
	var buf []byte
	ends := make([]int32, len(d.Tokens)) // end in buf of each folded form, or -1
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		if !text.NeedsFold(w) {
			ends[i] = -1
			continue
		}
		buf = text.AppendFold(buf, w)
		ends[i] = int32(len(buf))
	}
	return &tokenFolds{d: d, folds: foldsFrom(d, buf, ends)}
}

// foldsFrom turns folded forms written back to back into buf (ends[i] the
// end of token i's, or -1 where the fold is the token's text) into one
// string per token, all sharing one allocation.
func foldsFrom(d *pipeline.Document, buf []byte, ends []int32) []string {
	all := string(buf)
	folds := make([]string, len(d.Tokens))
	start := int32(0)
	for i, t := range d.Tokens {
		if ends[i] < 0 {
			folds[i] = d.Text[t.Start:t.End]
			continue
		}
		folds[i] = all[start:ends[i]]
		start = ends[i]
	}
	return folds
}

// foldsKey names the folded words among a Document's TokenDerived values.
type foldsKey struct{}

// sharedFolds returns newTokenFolds(d).folds, built once per document for
// all the stages that read them. The caller must not change them.
func sharedFolds(d *pipeline.Document) []string {
	return d.TokenDerived(foldsKey{}, func() any { return newTokenFolds(d).folds }).([]string)
}

// sentence returns the folded tokens of sentence si, indexed as
// d.SentenceTokens(si). The caller must not change them.
func (f *tokenFolds) sentence(si int) []string {
	lo, hi := f.d.SentenceTokenRange(si)
	return f.folds[lo:hi:hi]
}
