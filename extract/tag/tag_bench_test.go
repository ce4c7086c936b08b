package tag

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/extract/tokenize"
)

// BenchmarkStage times the tagger over the test articles, read, segmented
// and tokenized outside the timing.
func BenchmarkStage(b *testing.B) {
	lx, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	m, err := NewModel()
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := stagetest.Corpus(b, reader.New(), segment.New(lx), tokenize.New(lx))
	stagetest.BenchStages(b, docs, New(m))
}
