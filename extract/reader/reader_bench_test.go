package reader

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
)

// BenchmarkStage times the reader over the test articles.
func BenchmarkStage(b *testing.B) {
	docs, _ := stagetest.Corpus(b)
	stagetest.BenchStages(b, docs, New())
}
