package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Tokenize(tt.in, pipeline.Span{Start: 0, End: len(tt.in)}) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMatchDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"held on 18 February 2025 in", "18 February 2025"},
		{"in February 2025 the", "February 2025"},
		{"on 13 March the", "13 March"},
		{"on March 13, 2025 the", "March 13, 2025"},
		{"since 2014 the", "2014"},
		{"on Thursday the", "Thursday"},
		{"a five-day truce", ""},
		{"they may meet", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := make([]pipeline.Token, 0)
			for _, s := range Tokenize(tt.in, pipeline.Span{Start: 0, End: len(tt.in)}) {
				toks = append(toks, pipeline.Token{Span: s})
			}
			got := ""
			for i := range toks {
				if j := matchDate(testModels(t).Lexicon, tt.in, toks, i); j > i {
					got = tt.in[toks[i].Start:toks[j-1].End]
					break
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
