package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
)

// TestMatchDateFlags: the flag-based date matcher agrees with matchDate at
// every token of the articles and of some tricky dates.
func TestMatchDateFlags(t *testing.T) {
	texts := []string{
		"On 18 February 2025, May 5, 2024 and 25-26 July 2022 or 27–28 February 2019.",
		"May we go? MAY 2020 was late, Thursday or thursday, 13 March and march 1999–2002.",
		"February 2025 1800 2199 2200 1799 31 March 32 March 0 May 05 June , 2020.",
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		d, err := pipeline.NewDocument("t.txt", []byte(text))
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), d, []pipeline.Stage{NewReader(), NewSegmenter(testModels(t).Lexicon), NewTokenizer()}))
		fl := newTokFlags(d)
		for si := range d.Sentences {
			lo, hi := d.SentenceTokenRange(si)
			for i := range hi - lo {
				require.Equal(t, matchDate(d.Text, d.Tokens[lo:hi], i), matchDateFlags(fl[lo:hi], i), "%q", d.Text[d.Tokens[lo+i].Start:d.Tokens[lo+i].End])
			}
		}
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b", "a\u0085b\u2003c", "\xffa b\xfe", "x\ty\nz"} {
		require.Equal(t, len(strings.Fields(s)), countFields(s), "%q", s)
	}
}

func TestFoldSet(t *testing.T) {
	var f foldSet
	for round := 0; round < 2; round++ {
		f.reset()
		for i := range 40 {
			w := "Name" + strings.Repeat("x", i)
			require.True(t, f.add(w))
			require.False(t, f.add(strings.ToUpper(w)))
			require.True(t, f.has(strings.ToLower(w)))
		}
		require.False(t, f.has("other"))
	}
}
