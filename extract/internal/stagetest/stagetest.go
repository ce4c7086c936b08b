package stagetest

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// Sample is the file name of the sample article among the test articles.
const Sample = "riyadh-talks-2025.txt"

// Articles returns the paths of the test articles (testdata/articles of
// the module), sorted.
func Articles(tb testing.TB) []string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
	paths, err := filepath.Glob(filepath.Join(dir, "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatal("no test articles", err)
	}
	return paths
}

// Doc runs stages over text and returns the document.
func Doc(tb testing.TB, text string, stages ...pipeline.Stage) *pipeline.Document {
	tb.Helper()
	d, err := pipeline.NewDocument("t.txt", []byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), d, stages); err != nil {
		tb.Fatal(err)
	}
	return d
}

// Corpus returns the test articles run through stages, and the sample
// article among them (a one-document slice).
func Corpus(tb testing.TB, stages ...pipeline.Stage) (docs, sample []*pipeline.Document) {
	tb.Helper()
	for _, p := range Articles(tb) {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := pipeline.NewDocument(p, data)
		if err != nil {
			tb.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, stages); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
		if filepath.Base(p) == Sample {
			sample = []*pipeline.Document{d}
		}
	}
	if sample == nil {
		tb.Fatal("sample article not found")
	}
	return docs, sample
}

// Bench runs pass (one pass over docs) in b's loop, counting docs' text
// as the bytes processed and reporting the CPU time per pass beside the
// wall time: on a shared machine it varies less than the wall clock.
func Bench(b *testing.B, docs []*pipeline.Document, pass func()) {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		pass()
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchStages times stages run over docs, each on every document.
func BenchStages(b *testing.B, docs []*pipeline.Document, stages ...pipeline.Stage) {
	Bench(b, docs, func() {
		for _, st := range stages {
			for _, d := range docs {
				if err := st.Run(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// cpuTime is the process's user and system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
