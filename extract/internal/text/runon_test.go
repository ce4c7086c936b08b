package text

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/parley-nlp/parley/pipeline"
)

func TestRunOn(t *testing.T) {
	tests := []struct {
		name, para, next string
		reopen, ok       bool
		close            string // the text of next up to the closing mark
	}{
		{"next opens the mark again", "He said: “We go.", "“We stay,” he said.", true, true, ""},
		{"closed in the next paragraph", "He said: «We go.", "We stay» and left.", false, true, "We stay»"},
		{"a closer inside a quote of its own does not count", "He said: “We go.", "They said “no” and left.", false, false, ""},
		{"nothing goes on", "He said: “We go.", "They left.", false, false, ""},
		{"no quote left open", "He said: “We go.”", "“We stay.”", false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.para + "\n" + tt.next
			p := pipeline.Span{Start: 0, End: len(tt.para)}
			next := pipeline.Span{Start: len(tt.para) + 1, End: len(src)}
			sc := ScanQuoteRegions(src, p)
			for _, ok := sc.Next(); ok; _, ok = sc.Next() {
			}
			at, r, _ := sc.Unclosed()
			if at < 0 {
				assert.False(t, tt.ok)
				return
			}
			c, reopen, ok := RunOn(src, r, next)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.reopen, reopen)
			if tt.close != "" {
				assert.Equal(t, tt.close, src[next.Start:c.End])
			}
		})
	}
}
