package quotes_test

import (
	"testing"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/quotes"
)

// BenchmarkFinder times the quote stage alone on the sample article and
// on the whole corpus, the stages before it run once outside the timing.
func BenchmarkFinder(b *testing.B) {
	m, err := extract.NewModels()
	if err != nil {
		b.Fatal(err)
	}
	docs, sample := stagetest.Corpus(b, extract.Stages(m)[:5]...) // up to the entity stage
	b.Run("sample", func(b *testing.B) { stagetest.BenchStages(b, sample, quotes.New(m.Lexicon)) })
	b.Run("corpus", func(b *testing.B) { stagetest.BenchStages(b, docs, quotes.New(m.Lexicon)) })
}
