package extract

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/pipeline"
)

// corpusDocs returns the corpus articles run through the stages in
// before, and the sample article among them (as a one-document slice, nil
// if it is missing).
func corpusDocs(b *testing.B, before []pipeline.Stage) (docs, sample []*pipeline.Document) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatal("no articles in ../testdata/articles", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := pipeline.NewDocument(p, data)
		if err != nil {
			b.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), d, before); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		if filepath.Base(p) == "riyadh-talks-2025.txt" {
			sample = []*pipeline.Document{d}
		}
	}
	return docs, sample
}

// benchDocs returns the corpus articles run through the stages before
// stage k of the pipeline's stages (read, segment, tokenize, tag, ...).
func benchDocs(b *testing.B, k int) ([]*pipeline.Document, []pipeline.Stage) {
	b.Helper()
	stages := Stages(testModels(b))
	docs, _ := corpusDocs(b, stages[:k])
	return docs, stages
}

// benchCorpus runs pass (one pass over docs) in b's loop, counting docs'
// text as the bytes processed and reporting the CPU time per pass beside
// the wall time.
func benchCorpus(b *testing.B, docs []*pipeline.Document, pass func()) {
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

// runEach runs st on every document of docs.
func runEach(b *testing.B, st pipeline.Stage, docs []*pipeline.Document) {
	for _, d := range docs {
		if err := st.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the process's user and system CPU time in nanoseconds: on a
// shared machine it varies less than the wall clock.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// testModels loads the models once for the whole test binary.
var loadTestModels = sync.OnceValues(func() (*Models, error) { return NewModels() })

func testModels(t testing.TB) *Models {
	t.Helper()
	m, err := loadTestModels()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// BenchmarkSpeechStages times the quote stage and the classifier together,
// the stages before them run once outside the timing.
func BenchmarkSpeechStages(b *testing.B) {
	m := testModels(b)
	st := Stages(m)
	docs, sample := stagetest.Corpus(b, st[:5]...) // up to the entity stage
	b.Run("sample", func(b *testing.B) { stagetest.BenchStages(b, sample, st[5:]...) })
	b.Run("corpus", func(b *testing.B) { stagetest.BenchStages(b, docs, st[5:]...) })
}
