package entities

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
)

// BenchmarkFinder times the entity stage alone on the sample
// article and on the whole corpus, the stages before it run once outside
// the timing.
func BenchmarkFinder(b *testing.B) {
	m := testModels(b)
	docs, sample := stagetest.Corpus(b, before(m)...)
	b.Run("sample", func(b *testing.B) { stagetest.BenchStages(b, sample, New(m.lx)) })
	b.Run("corpus", func(b *testing.B) { stagetest.BenchStages(b, docs, New(m.lx)) })
}
