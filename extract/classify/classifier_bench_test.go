package classify_test

import (
	"testing"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/extract/internal/stagetest"
)

// BenchmarkClassifier times the classifier alone on the test articles,
// run once through the stages before it outside the timing.
func BenchmarkClassifier(b *testing.B) {
	m := models(b)
	st := extract.Stages(m)
	docs, sample := stagetest.Corpus(b, st[:len(st)-1]...)
	c := classify.New(m.Lexicon)
	b.Run("sample", func(b *testing.B) { stagetest.BenchStages(b, sample, c) })
	b.Run("corpus", func(b *testing.B) { stagetest.BenchStages(b, docs, c) })
}
