package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// BenchmarkEntityFinder times the entity stage alone on the sample
// article and on the whole corpus, the stages before it run once outside
// the timing.
func BenchmarkEntityFinder(b *testing.B) {
	m := testModels(b)
	docs, sample := corpusDocs(b, Stages(m)[:4]) // up to the tagger
	if sample == nil {
		b.Fatal("sample article not found")
	}
	run := func(b *testing.B, ds []*pipeline.Document) {
		f := NewEntityFinder(m.Lexicon)
		// two copies of each document's tokens, swapped run after run, so
		// that what a document derives from its tokens is built every run,
		// as in the pipeline
		other := make([][]pipeline.Token, len(ds))
		for i, d := range ds {
			other[i] = slices.Clone(d.Tokens)
		}
		benchCorpus(b, ds, func() {
			for i, d := range ds {
				d.Tokens, other[i] = other[i], d.Tokens
				d.Entities = nil
				if err := f.Run(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("sample", func(b *testing.B) { run(b, sample) })
	b.Run("corpus", func(b *testing.B) { run(b, docs) })
}
