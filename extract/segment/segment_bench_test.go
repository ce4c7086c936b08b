package segment

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/reader"
)

// BenchmarkStage times the segmenter over the test articles, read outside
// the timing.
func BenchmarkStage(b *testing.B) {
	lx := testLexicon(b)
	docs, _ := stagetest.Corpus(b, reader.New())
	stagetest.BenchStages(b, docs, New(lx))
}
