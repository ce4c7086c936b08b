package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
)

// TestTrimSpan compares TrimSpan with its definition on every span of a
// text holding each blank, printable ASCII at either end and other runes.
func TestTrimSpan(t *testing.T) {
	src := "\ufeff A b.\u00a0\u200b\tC\u3000d\u2029 \u202f«x» \x7f~!\r\n\u2003é\u2060"
	for i := 0; i <= len(src); i++ {
		for j := i; j <= len(src); j++ {
			got := TrimSpan(src, pipeline.Span{Start: i, End: j})
			left := strings.TrimLeftFunc(src[i:j], IsBlank)
			start := i + len(src[i:j]) - len(left)
			want := pipeline.Span{Start: start, End: start + len(strings.TrimRightFunc(left, IsBlank))}
			require.Equal(t, want, got, "%q", src[i:j])
		}
	}
}
