package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkValidate times the input check every article goes through
// before the stages, on the sample article.
func BenchmarkValidate(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "riyadh-talks-2025.txt"))
	if err != nil {
		b.Skip("sample article not found:", err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := Validate("sample", data); err != nil {
			b.Fatal(err)
		}
	}
}
