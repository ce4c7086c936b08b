package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/parley-nlp/parley/pipeline"
)

const sampleArticle = "riyadh-talks-2025.txt"

func readSample(b *testing.B) string {
	data, err := os.ReadFile(filepath.Join(articlesDir, sampleArticle))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkPipeline is parley's throughput (models built once, outside
// the timing) on the sample article and on the whole corpus, encoding
// included (into one output buffer reused between articles, as parley
// batch does). MB/s counts input bytes.
func BenchmarkPipeline(b *testing.B) {
	st := mustStages(b)
	type input struct{ path, text string }
	var corpus []input
	for _, p := range articles(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, input{p, string(data)})
	}
	run := func(b *testing.B, in []input) {
		n := 0
		for _, x := range in {
			n += len(x.text)
		}
		b.SetBytes(int64(n))
		b.ReportAllocs()
		var out []byte // reused from article to article, as parley batch does
		for b.Loop() {
			for _, x := range in {
				doc, err := pipeline.NewDocument(x.path, []byte(x.text))
				if err != nil {
					b.Fatal(err)
				}
				if err := pipeline.Run(context.Background(), doc, st); err != nil {
					b.Fatal(err)
				}
				out = pipeline.AppendEncode(out[:0], doc)
			}
		}
	}
	b.Run("sample", func(b *testing.B) {
		for _, x := range corpus {
			if filepath.Base(x.path) == sampleArticle {
				run(b, []input{x})
				return
			}
		}
		b.Fatalf("%s not found", sampleArticle)
	})
	b.Run("corpus", func(b *testing.B) { run(b, corpus) })
}

// BenchmarkProse is prose alone on the sample article (segmentation,
// tagging, entity extraction), reusing one decoded model: the fair
// comparison for BenchmarkPipeline/sample.
func BenchmarkProse(b *testing.B) {
	text := readSample(b)
	doc, err := prose.NewDocument("")
	if err != nil {
		b.Fatal(err)
	}
	model := doc.Model
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseNewDocument is prose as its README shows it: the model is
// decoded again on every call.
func BenchmarkProseNewDocument(b *testing.B) {
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text); err != nil {
			b.Fatal(err)
		}
	}
}
