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
		{"spaced guillemets", "Ruiz said: « We are ready. We wait. » The talks went on.", []string{"Ruiz said: « We are ready. We wait. »", "The talks went on."}},
		{"straight quotes", `"It is over. We go," he said. Later.`, []string{`"It is over. We go," he said.`, "Later."}},
		{"a corner bracket opens the next sentence", "Zhao spoke. 「We are ready.」 Wang said. 『Good.』", []string{"Zhao spoke.", "「We are ready.」 Wang said.", "『Good.』"}},
		{"Swedish and German single marks open the next sentence", "Ruiz left. ”We are ready. We wait,” Costa said. ›Good.‹ Then.", []string{"Ruiz left.", "”We are ready. We wait,” Costa said.", "›Good.‹", "Then."}},
		{"low-high quotes", "Sie sagte „Ja. Nein.“ Dann ging sie.", []string{"Sie sagte „Ja. Nein.“", "Dann ging sie."}},
		{"abbreviations", "Dr. Zarif met U.S. officials. They talked.", []string{"Dr. Zarif met U.S. officials.", "They talked."}},
		{"initials", "J. R. Smith spoke. He left.", []string{"J. R. Smith spoke.", "He left."}},
		{"apostrophes are not quotes", "Russia’s demands grew. Ukraine’s did not.", []string{"Russia’s demands grew.", "Ukraine’s did not."}},
		{"unclosed quote is ignored", "He said “we will. Then it ended. Next.", []string{"He said “we will.", "Then it ended.", "Next."}},
		{"attribution after a question", "“Who wants war?” Lavrov asked. Nobody answered.", []string{"“Who wants war?” Lavrov asked.", "Nobody answered."}},
		{"a quote closing a sentence, then a clause introducing the next", "Ruiz called the plan “a farce.” She added, “We will vote no.”",
			[]string{"Ruiz called the plan “a farce.”", "She added, “We will vote no.”"}},
		{"a leading quote keeps its attribution before a second quote", "“We are ready.” Ruiz said, “And we will vote.”",
			[]string{"“We are ready.” Ruiz said, “And we will vote.”"}},
		{"attribution with a title", "“Enough!” Mr. Lavrov shouted at the envoys. They left.", []string{"“Enough!” Mr. Lavrov shouted at the envoys.", "They left."}},
		{"a quote after the verb is a sentence of its own", `"It is not Russia." He added "I see no reason."`, []string{`"It is not Russia."`, `He added "I see no reason."`}},
		{"a new sentence after a question", "“Who wants war?” The envoys left.", []string{"“Who wants war?”", "The envoys left."}},
		{"decimal", "Growth was 2.5 percent. Fine.", []string{"Growth was 2.5 percent.", "Fine."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			spans, _ := g.appendSplit(nil, tt.in, pipeline.Span{Start: 0, End: len(tt.in)}, pipeline.Span{}, -1)
			for _, s := range spans {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSegmenterRunOn: a quotation of several paragraphs, each opening the
// mark again or the next closing it, is not split inside any paragraph.
func TestSegmenterRunOn(t *testing.T) {
	g := New(testLexicon(t))
	tests := []struct {
		name string
		in   []string // paragraphs
		want []string
	}{
		{"each paragraph opens the mark again", []string{"She said: „We want two routes. Today we have one.", "„It is for the citizens,“ she added. Then she left."},
			[]string{"She said: „We want two routes. Today we have one.", "„It is for the citizens,“ she added.", "Then she left."}},
		{"closed in the next paragraph", []string{"Putin said: «It was not easy. It took long.", "It will be long. Very long.» The end."},
			[]string{"Putin said: «It was not easy. It took long.", "It will be long. Very long.»", "The end."}},
		{"an unclosed mark that nothing continues is ignored", []string{"He said “we will. Then it ended.", "Next. Again."},
			[]string{"He said “we will.", "Then it ended.", "Next.", "Again."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := ""
			var paras []pipeline.Span
			for _, p := range tt.in {
				paras = append(paras, pipeline.Span{Start: len(text), End: len(text) + len(p)})
				text += p + "\n"
			}
			var got []string
			lead := -1
			for i, p := range paras {
				var next pipeline.Span
				if i+1 < len(paras) {
					next = paras[i+1]
				}
				var spans []pipeline.Span
				spans, lead = g.appendSplit(nil, text, p, next, lead)
				for _, s := range spans {
					got = append(got, text[s.Start:s.End])
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
