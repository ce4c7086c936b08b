package extract

import (
	"context"
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
		n := 0
		for _, d := range docs {
			n += len(d.Text)
		}
		b.SetBytes(int64(n))
		b.ReportAllocs()
		cpu0 := cpuTime()
		for b.Loop() {
			for _, d := range docs {
				if err := c.Run(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	}
	b.Run("sample", func(b *testing.B) {
		if sample == nil {
			b.Fatal("sample article not found")
		}
		run(b, sample)
	})
	b.Run("corpus", func(b *testing.B) { run(b, docs) })
}
