package diff_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/parley-nlp/parley/internal/diff"

	_ "github.com/parley-nlp/parley/internal/golden"
)

func TestUnified(t *testing.T) {
	tests := []struct {
		name      string
		want, got string
		contains  []string
	}{
		{name: "equal", want: "a\nb\n", got: "a\nb\n"},
		{name: "one line changed", want: "a\nb\nc\n", got: "a\nB\nc\n",
			contains: []string{"--- want.json\n", "+++ got.json\n", "@@ -1,3 +1,3 @@", "-b\n", "+B\n", " a\n"}},
		{name: "missing file", want: "", got: "x\n", contains: []string{"+x\n"}},
		{name: "final newline dropped", want: "a\n", got: "a",
			contains: []string{"-a\n", "+a\n\\ No newline at end of file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diff.Unified("want.json", "got.json", []byte(tt.want), []byte(tt.got))
			if tt.contains == nil {
				assert.Empty(t, d)
				return
			}
			for _, c := range tt.contains {
				assert.Contains(t, d, c)
			}
		})
	}
}
