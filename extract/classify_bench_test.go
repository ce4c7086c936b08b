package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// BenchmarkClassifier times the classifier alone on the test articles,
// run once through the stages before it outside the timing.
func BenchmarkClassifier(b *testing.B) {
	m := testModels(b)
	st := Stages(m)
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var docs []*pipeline.Document
	var sample *pipeline.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := pipeline.NewDocument(p, data)
		if err != nil {
			b.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, st[:len(st)-1]); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		if filepath.Base(p) == "riyadh-talks-2025.txt" {
			sample = d
		}
	}
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
		run(b, []*pipeline.Document{sample})
	})
	b.Run("corpus", func(b *testing.B) { run(b, docs) })
}
