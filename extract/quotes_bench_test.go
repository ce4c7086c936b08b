package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/parley-nlp/parley/pipeline"
)

// speechDocs returns the test articles run through the stages before the
// quote stage, and the sample article among them.
func speechDocs(b *testing.B, m *Models) (docs, sample []*pipeline.Document) {
	b.Helper()
	return corpusDocs(b, Stages(m)[:5]) // up to the entity stage
}

// benchSpeech times stages over ds. Each run gets fresh tokens (two
// copies swapped run after run), so that what the stages derive from the
// tokens is built every run, as in the pipeline; the folded words, which
// the entity stage builds in the pipeline, are built outside the CPU time
// reported.
func benchSpeech(b *testing.B, ds []*pipeline.Document, stages ...pipeline.Stage) {
	n := 0
	for _, d := range ds {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	other := make([][]pipeline.Token, len(ds))
	for i, d := range ds {
		other[i] = slices.Clone(d.Tokens)
	}
	var cpu int64
	for b.Loop() {
		for i, d := range ds {
			d.Tokens, other[i] = other[i], d.Tokens
			sharedFolds(d)
			cpu0 := cpuTime()
			for _, st := range stages {
				if err := st.Run(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
			cpu += cpuTime() - cpu0
		}
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkQuoteFinder times the quote stage alone on the sample article
// and on the whole corpus, the stages before it run once outside the
// timing.
func BenchmarkQuoteFinder(b *testing.B) {
	m := testModels(b)
	docs, sample := speechDocs(b, m)
	b.Run("sample", func(b *testing.B) { benchSpeech(b, sample, NewQuoteFinder(m.Lexicon)) })
	b.Run("corpus", func(b *testing.B) { benchSpeech(b, docs, NewQuoteFinder(m.Lexicon)) })
}

// BenchmarkSpeechStages times the quote stage and the classifier, which
// share per-document word data, together.
func BenchmarkSpeechStages(b *testing.B) {
	m := testModels(b)
	docs, sample := speechDocs(b, m)
	b.Run("sample", func(b *testing.B) { benchSpeech(b, sample, NewQuoteFinder(m.Lexicon), NewClassifier(m.Lexicon)) })
	b.Run("corpus", func(b *testing.B) { benchSpeech(b, docs, NewQuoteFinder(m.Lexicon), NewClassifier(m.Lexicon)) })
}
