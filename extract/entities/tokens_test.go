package entities

import (
	"context"
	"os"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/extract/tokenize"
	"github.com/parley-nlp/parley/pipeline"
)

// tokenizedDocs returns texts and the test articles, each read, segmented
// and tokenized.
func tokenizedDocs(t *testing.T, texts []string) []*pipeline.Document {
	t.Helper()
	for _, p := range stagetest.Articles(t) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	lx := testModels(t).lx
	stages := []pipeline.Stage{reader.New(), segment.New(lx), tokenize.New(lx)}
	docs := make([]*pipeline.Document, len(texts))
	for i, text := range texts {
		d, err := pipeline.NewDocument("t.txt", []byte(text))
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), d, stages))
		docs[i] = d
	}
	return docs
}

// TestTokenFlags: the one-pass flags are flagsOf and gapFlags of every
// token, and the tokenizer's folds are text.Fold of it.
func TestTokenFlags(t *testing.T) {
	texts := []string{
		"al-Sudani el-Sisi AL-X al- May MAY may March MARCH Thursday US U.S. P5+1 25-26 1999–2002 2025 31 – - , x",
		"Ünal İbrahim Kalın Qatar’s people’s Zelenskyy\u00a0x a\u200bb KKK \u212aelvin Ω ωΩ Bin bin BIN von Ould",
	}
	lx := testModels(t).lx
	for _, d := range tokenizedDocs(t, texts) {
		fl := tokenFlags(d, lx.Index().Sets(), new(tokenScratch))
		for i, tok := range d.Tokens {
			w := d.Text[tok.Start:tok.End]
			want := flagsOf(w, lx.Lists(text.Fold(w)))
			if i > 0 {
				want |= gapFlags(d.Text[d.Tokens[i-1].End:tok.Start])
			}
			require.Equal(t, want, fl[i], "%q", w)
			require.Equal(t, text.Fold(w), d.Index.Folds[i], "%q", w)
		}
	}
}

// TestASCIIClass: the byte table is its definition.
func TestASCIIClass(t *testing.T) {
	for c := range 256 {
		var want byte
		switch {
		case c >= 0x80:
			want = acHigh
		case 'A' <= c && c <= 'Z':
			want = acUpper
		case 'a' <= c && c <= 'z':
			want = acLower
		case c == ' ' || '\t' <= c && c <= '\r':
			want = acSpace
		case c == '-':
			want = acHyphen
		}
		require.Equal(t, want, asciiClass[c], "%#x", c)
	}
}

// TestSymbolRange checks the runes symbolFlags takes as punctuation
// without asking the Unicode tables: none is a letter, digit or space.
func TestSymbolRange(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r), "%U", r)
		_, ok := symbolFlags(string(r))
		assert.True(t, ok, "%U", r)
	}
}
