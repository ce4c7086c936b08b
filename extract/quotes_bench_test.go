package extract

import (
	"testing"

	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/pipeline"
)

// speechDocs returns the test articles run through the stages before the
// quote stage, and the sample article among them.
func speechDocs(b *testing.B, m *Models) (docs, sample []*pipeline.Document) {
	b.Helper()
	return corpusDocs(b, Stages(m)[:5]) // up to the entity stage
}

// benchSpeech times stages over ds.
func benchSpeech(b *testing.B, ds []*pipeline.Document, stages ...pipeline.Stage) {
	benchCorpus(b, ds, func() {
		for _, st := range stages {
			runEach(b, st, ds)
		}
	})
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
	b.Run("sample", func(b *testing.B) { benchSpeech(b, sample, NewQuoteFinder(m.Lexicon), classify.New(m.Lexicon)) })
	b.Run("corpus", func(b *testing.B) { benchSpeech(b, docs, NewQuoteFinder(m.Lexicon), classify.New(m.Lexicon)) })
}
