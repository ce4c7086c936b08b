package extract

import (
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
		benchCorpus(b, ds, func() { runEach(b, f, ds) })
	}
	b.Run("sample", func(b *testing.B) { run(b, sample) })
	b.Run("corpus", func(b *testing.B) { run(b, docs) })
}
