package extract

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
)

// BenchmarkSpeechStages times the quote stage and the classifier together,
// the stages before them run once outside the timing.
func BenchmarkSpeechStages(b *testing.B) {
	m := testModels(b)
	st := Stages(m)
	docs, sample := stagetest.Corpus(b, st[:5]...) // up to the entity stage
	b.Run("sample", func(b *testing.B) { stagetest.BenchStages(b, sample, st[5:]...) })
	b.Run("corpus", func(b *testing.B) { stagetest.BenchStages(b, docs, st[5:]...) })
}
