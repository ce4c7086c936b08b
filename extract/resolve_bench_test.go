package extract

import (
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// BenchmarkResolve times entity resolution alone over the corpus: the
// candidates of every article are found once outside the timing.
func BenchmarkResolve(b *testing.B) {
	docs, _ := benchDocs(b, 4)
	lx := testModels(b).Lexicon
	cands := make([][]cand, len(docs))
	for i, d := range docs {
		cands[i] = entityCands(d, lx)
	}
	var r resolver
	benchCorpus(b, docs, func() {
		for i, d := range docs {
			d.Entities = r.resolve(d, lx, cands[i])
		}
	})
}

// entityCands is the candidates EntityFinder.Run hands to resolve.
func entityCands(d *pipeline.Document, lx *Lexicon) []cand {
	var cands []cand
	folds, flags := sharedTokens(d, new(tokenScratch))
	s := sentenceView{d: d, lx: lx}
	var r tokenRanges
	for si := range d.Sentences {
		lo, hi := r.next(d, si)
		s.reset(si, d.Tokens[lo:hi], folds[lo:hi:hi], flags[lo:hi:hi])
		cands = s.candidates(cands)
	}
	return cands
}
