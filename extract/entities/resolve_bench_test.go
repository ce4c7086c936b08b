package entities

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

// BenchmarkResolve times entity resolution alone over the corpus: the
// candidates of every article are found once outside the timing.
func BenchmarkResolve(b *testing.B) {
	m := testModels(b)
	docs, _ := stagetest.Corpus(b, before(m)...)
	lx := m.lx
	cands := make([][]cand, len(docs))
	for i, d := range docs {
		cands[i] = entityCands(d, lx)
	}
	var r resolver
	stagetest.Bench(b, docs, func() {
		for i, d := range docs {
			d.Entities = r.resolve(d, lx, nil, cands[i])
		}
	})
}

// entityCands is the candidates Finder.Run hands to resolve.
func entityCands(d *pipeline.Document, lx *lexicon.Lexicon) []cand {
	var cands []cand
	sets := lx.Index().Sets()
	folds, classes, flags := d.Index.Folds, d.Index.Classes, tokenFlags(d, sets, new(tokenScratch))
	s := sentenceView{d: d, lx: lx, sets: sets}
	for si, r := range d.Index.Sentences {
		lo, hi := r.Lo, r.Hi
		s.reset(si, d.Tokens[lo:hi], folds[lo:hi:hi], classes[lo:hi:hi], flags[lo:hi:hi])
		cands = s.candidates(cands)
	}
	return cands
}
