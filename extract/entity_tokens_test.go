package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/pipeline"
)

// tokenizedDocs returns texts and the test articles, each read, segmented
// and tokenized.
func tokenizedDocs(t *testing.T, texts []string) []*pipeline.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	stages := Stages(testModels(t))[:3] // read, segment, tokenize
	docs := make([]*pipeline.Document, len(texts))
	for i, text := range texts {
		d, err := pipeline.NewDocument("t.txt", []byte(text))
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), d, stages))
		docs[i] = d
	}
	return docs
}

// TestMatchDateFlags: the flag-based date matcher agrees with matchDate at
// every token of the articles and of some tricky dates.
func TestMatchDateFlags(t *testing.T) {
	texts := []string{
		"On 18 February 2025, May 5, 2024 and 25-26 July 2022 or 27–28 February 2019.",
		"May we go? MAY 2020 was late, Thursday or thursday, 13 March and march 1999–2002.",
		"February 2025 1800 2199 2200 1799 31 March 32 March 0 May 05 June , 2020.",
	}
	for _, d := range tokenizedDocs(t, texts) {
		_, fl := entityTokens(d, new(tokenScratch))
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

// TestFindNames: the one-pass name finder agrees with a scan by
// strings.Index, overlapping names included.
func TestFindNames(t *testing.T) {
	text := "The Riyadh talks, riyadh Talks and xRiyadh talks; talks and talks and talks. " +
		"Sochi talks sochi talks-Sochi talks2 (geneva process) geneva processes geneva process"
	names := []string{"riyadh talks", "talks and talks", "sochi talks", "geneva process", "(geneva process)", "s s", "a"}
	got := findNames(text, names)
	lower := asciiLower(text)
	for i, n := range names {
		require.Equal(t, scanName(text, lower, n), got[i], n)
	}
}

// TestEntityTokens: the one-pass folds and flags are text.Fold, flagsOf and
// gapFlags of every token.
func TestEntityTokens(t *testing.T) {
	texts := []string{
		"al-Sudani el-Sisi AL-X al- May MAY may March MARCH Thursday US U.S. P5+1 25-26 1999–2002 2025 31 – - , x",
		"Ünal İbrahim Kalın Qatar’s people’s Zelenskyy\u00a0x a\u200bb KKK \u212aelvin Ω ωΩ",
	}
	for _, d := range tokenizedDocs(t, texts) {
		folds, fl := entityTokens(d, new(tokenScratch))
		ref := newTokenFolds(d).folds
		for i, tok := range d.Tokens {
			w := d.Text[tok.Start:tok.End]
			want := flagsOf(w)
			if i > 0 {
				want |= gapFlags(d.Text[d.Tokens[i-1].End:tok.Start])
			}
			require.Equal(t, want, fl[i], "%q", w)
			require.Equal(t, ref[i], folds[i], "%q", w)
			require.Equal(t, text.Fold(w), folds[i], "%q", w)
		}
		// the folds shared with other stages: built by the entity
		// finder, or by another stage before it (only the flags are then
		// computed)
		sf, sfl := sharedTokens(d, new(tokenScratch))
		require.Equal(t, folds, sf)
		require.Equal(t, fl, sfl)
		require.Equal(t, folds, sharedFolds(d))
		require.Equal(t, fl, foldedFlags(d, ref, new(tokenScratch)))
	}
}

// TestIsParticle: the switch lists exactly the particles.
func TestIsParticle(t *testing.T) {
	for w := range particles {
		require.True(t, isParticle(w), w)
	}
	for _, w := range []string{"the", "of", "al-x", "Bin", "", "abu"} {
		require.Equal(t, particles[w], isParticle(w), w)
	}
}
