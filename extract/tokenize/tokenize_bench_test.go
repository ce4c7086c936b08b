package tokenize

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/pipeline"
)

// corpus returns the test articles tokenized, and the lexicon.
func corpus(b *testing.B) ([]*pipeline.Document, *lexicon.Lexicon) {
	b.Helper()
	lx, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := stagetest.Corpus(b, reader.New(), segment.New(lx), New(lx))
	return docs, lx
}

// BenchmarkStage times the tokenizer over the test articles, read and
// segmented outside the timing.
func BenchmarkStage(b *testing.B) {
	lx, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := stagetest.Corpus(b, reader.New(), segment.New(lx))
	stagetest.BenchStages(b, docs, New(lx))
}

// BenchmarkWordClasses times finding the word-index class of every
// token's folded word over the test articles (the folded words built
// outside the timing).
func BenchmarkWordClasses(b *testing.B) {
	docs, lx := corpus(b)
	x := lx.Index()
	toks := 0
	for _, d := range docs {
		toks += len(d.Tokens)
	}
	var class []int32
	stagetest.Bench(b, docs, func() {
		for _, d := range docs {
			class = text.Resize(class, len(d.Index.Folds))
			x.Classes(d.Index.Folds, class)
		}
	})
	b.ReportMetric(float64(toks), "tokens")
}

// BenchmarkWordTouch is the floor under BenchmarkWordClasses: reading
// every byte of the same folded words once, and nothing else.
func BenchmarkWordTouch(b *testing.B) {
	docs, _ := corpus(b)
	var class []int32
	stagetest.Bench(b, docs, func() {
		for _, d := range docs {
			class = text.Resize(class, len(d.Index.Folds))
			for i, w := range d.Index.Folds {
				s := int32(0)
				for j := 0; j < len(w); j++ {
					s += int32(w[j])
				}
				class[i] = s
			}
		}
	})
}
