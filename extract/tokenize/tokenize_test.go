package tokenize

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/pipeline"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"possessive", "Russia’s annexation", []string{"Russia", "’s", "annexation"}},
		{"hyphen and acronym", "the Russia-Ukraine War in the U.S. today.", []string{"the", "Russia-Ukraine", "War", "in", "the", "U.S.", "today", "."}},
		{"quotes and year", "“Talks (2025),” he said", []string{"“", "Talks", "(", "2025", ")", ",", "”", "he", "said"}},
		{"durations stay whole", "a five-day and 30-day truce", []string{"a", "five-day", "and", "30-day", "truce"}},
		{"en dash joins names, not numbers", "Gaza–Jericho in 1994–1995", []string{"Gaza–Jericho", "in", "1994", "–", "1995"}},
		{"diacritics", "Erdoğan met Çavuşoğlu", []string{"Erdoğan", "met", "Çavuşoğlu"}},
		{"titles and initials keep their stop", "Sen. Mary T. Ellison (D-Ore.) met Mr. Park.",
			[]string{"Sen.", "Mary", "T.", "Ellison", "(", "D-Ore", ".", ")", "met", "Mr.", "Park", "."}},
		{"a stop that ends the sentence does not", "He met the Gen. “He won.” She left Plan B.",
			[]string{"He", "met", "the", "Gen.", "“", "He", "won", ".", "”", "She", "left", "Plan", "B", "."}},
		{"lower-case words and unknown abbreviations", "the no. 2 in Fooz. Bar",
			[]string{"the", "no", ".", "2", "in", "Fooz", ".", "Bar"}},
	}
	lx, err := lexicon.Load()
	require.NoError(t, err)
	abbrev := lx.NewAbbrevSet()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range appendTokens(nil, tt.in, pipeline.Span{Start: 0, End: len(tt.in)}, abbrev) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestIndex: the index the tokenizer writes is each token's fold and its
// class, and each sentence's tokens as a search of the tokens finds them.
func TestIndex(t *testing.T) {
	lx, err := lexicon.Load()
	require.NoError(t, err)
	docs, _ := stagetest.Corpus(t, reader.New(), segment.New(lx), New(lx))
	docs = append(docs, stagetest.Doc(t, "Ünal  İbrahim Kalın\u00a0Qatar’s PEOPLE’s x\u200by.\nSecond line. \u212aelvin",
		reader.New(), segment.New(lx), New(lx)))
	for _, d := range docs {
		x := d.Index
		require.Len(t, x.Folds, len(d.Tokens))
		require.Len(t, x.Classes, len(d.Tokens))
		require.Len(t, x.Sentences, len(d.Sentences))
		for i, tok := range d.Tokens {
			w := d.Slice(tok.Span)
			require.Equal(t, text.Fold(w), x.Folds[i], "%q", w)
			require.Equal(t, lx.Index().Class(x.Folds[i]), x.Classes[i], "%q", w)
		}
		for si, s := range d.Sentences {
			lo, hi := d.TokenIndex(s.Start), d.TokenIndex(s.End)
			require.Equal(t, pipeline.TokenRange{Lo: int32(lo), Hi: int32(hi)}, x.Sentences[si], "sentence %d", si)
		}
	}
}

// TestTokClass: the byte table is its definition.
func TestTokClass(t *testing.T) {
	for c := range 256 {
		want := tokOther
		switch {
		case c >= utf8.RuneSelf:
			want = tokMulti
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			want = tokWord
		case unicode.IsSpace(rune(c)):
			want = tokSpace
		}
		require.Equal(t, want, int(tokClass[c]), "%#x", c)
	}
}
