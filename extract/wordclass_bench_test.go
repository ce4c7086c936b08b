package extract

import (
	"testing"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// BenchmarkWordClasses times finding the cue-index class of every token's
// folded word over the test articles (the folded words built outside the
// timing).
func BenchmarkWordClasses(b *testing.B) {
	m := testModels(b)
	docs, _ := speechDocs(b, m)
	x := m.Lexicon.Index()
	folds := make([][]string, len(docs))
	toks := 0
	for i, d := range docs {
		folds[i] = d.Index.Folds
		toks += len(d.Tokens)
	}
	var class []int32
	benchCorpus(b, docs, func() {
		for _, f := range folds {
			class = text.Resize(class, len(f))
			x.Classes(f, class)
		}
	})
	b.ReportMetric(float64(toks), "tokens")
}

// BenchmarkWordTouch is the floor under BenchmarkWordClasses: reading
// every byte of the same folded words once, and nothing else.
func BenchmarkWordTouch(b *testing.B) {
	m := testModels(b)
	docs, _ := speechDocs(b, m)
	folds := make([][]string, len(docs))
	for i, d := range docs {
		folds[i] = d.Index.Folds
	}
	var class []int32
	benchCorpus(b, docs, func() {
		for _, f := range folds {
			class = text.Resize(class, len(f))
			for i, w := range f {
				s := int32(0)
				for j := 0; j < len(w); j++ {
					s += int32(w[j])
				}
				class[i] = s
			}
		}
	})
}
