package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/pipeline"
)

func testLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lx, err := lexicon.Load()
	require.NoError(t, err)
	return lx
}

func TestSegmenter(t *testing.T) {
	g := New(testLexicon(t))
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"quote holds sentences", `He said “A b. C d. E f.” Then he left.`, []string{`He said “A b. C d. E f.”`, "Then he left."}},
		{"guillemets", "Fidan said: «We are ready. We wait.» The talks went on.", []string{"Fidan said: «We are ready. We wait.»", "The talks went on."}},
		{"straight quotes", `"It is over. We go," he said. Later.`, []string{`"It is over. We go," he said.`, "Later."}},
		{"low-high quotes", "Sie sagte „Ja. Nein.“ Dann ging sie.", []string{"Sie sagte „Ja. Nein.“", "Dann ging sie."}},
		{"abbreviations", "Dr. Zarif met U.S. officials. They talked.", []string{"Dr. Zarif met U.S. officials.", "They talked."}},
		{"initials", "J. R. Smith spoke. He left.", []string{"J. R. Smith spoke.", "He left."}},
		{"apostrophes are not quotes", "Russia’s demands grew. Ukraine’s did not.", []string{"Russia’s demands grew.", "Ukraine’s did not."}},
		{"unclosed quote is ignored", "He said “we will. Then it ended. Next.", []string{"He said “we will.", "Then it ended.", "Next."}},
		{"decimal", "Growth was 2.5 percent. Fine.", []string{"Growth was 2.5 percent.", "Fine."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range g.appendSplit(nil, tt.in, pipeline.Span{Start: 0, End: len(tt.in)}) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
