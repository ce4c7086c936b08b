package extract

import (
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// BenchmarkClassifier times the classifier alone on the test articles,
// run once through the stages before it outside the timing.
func BenchmarkClassifier(b *testing.B) {
	m := testModels(b)
	st := Stages(m)
	docs, sample := corpusDocs(b, st[:len(st)-1])
	c := NewClassifier(m.Lexicon)
	run := func(b *testing.B, docs []*pipeline.Document) {
		benchCorpus(b, docs, func() { runEach(b, c, docs) })
	}
	b.Run("sample", func(b *testing.B) {
		if sample == nil {
			b.Fatal("sample article not found")
		}
		run(b, sample)
	})
	b.Run("corpus", func(b *testing.B) { run(b, docs) })
}
