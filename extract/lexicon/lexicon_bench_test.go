package lexicon

import "testing"

// BenchmarkLoadLexicon times building the lexicon, most of a short
// article's start-up.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
