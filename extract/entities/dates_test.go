package entities

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	"github.com/parley-nlp/parley/extract/tokenize"
	"github.com/parley-nlp/parley/pipeline"
)

// TestMatchDateFlags: the flag-based date matcher agrees with matchDate at
// every token of the articles and of some tricky dates.
func TestMatchDateFlags(t *testing.T) {
	texts := []string{
		"On 18 February 2025, May 5, 2024 and 25-26 July 2022 or 27–28 February 2019.",
		"May we go? MAY 2020 was late, Thursday or thursday, 13 March and march 1999–2002.",
		"February 2025 1800 2199 2200 1799 31 March 32 March 0 May 05 June , 2020.",
		"On Monday 14 August, Sunday, September 3, Friday, 12 or Tuesday 5 May 2020 and 09.11.2020 or 1.13.2020.",
	}
	lx := testModels(t).lx
	for _, d := range tokenizedDocs(t, texts) {
		fl := tokenFlags(d, lx.Index().Sets(), new(tokenScratch))
		for si := range d.Sentences {
			lo, hi := d.SentenceTokenRange(si)
			for i := range hi - lo {
				require.Equal(t, matchDate(lx, d.Text, d.Tokens[lo:hi], i), matchDateFlags(fl[lo:hi], i), "%q", d.Text[d.Tokens[lo+i].Start:d.Tokens[lo+i].End])
			}
		}
	}
}

// matchDate is matchDateFlags written from the tokens' text, the
// definition the flags must agree with.
func matchDate(lx *lexicon.Lexicon, src string, toks []pipeline.Token, i int) int {
	w := func(k int) string {
		if k < len(toks) {
			return src[toks[k].Start:toks[k].End]
		}
		return ""
	}
	isMonth := func(k int) bool {
		s := w(k)
		return s != "" && unicode.IsUpper(rune(s[0])) && inASCIIList(lx, lexicon.Months, s)
	}
	switch {
	case isDayRange(w(i)) && isMonth(i+1):
		// "25-26 July 2022"
		if isYear(w(i + 2)) {
			return i + 3
		}
		return i + 2
	case isDay(w(i)) && (w(i+1) == "–" || w(i+1) == "-") && isDay(w(i+2)) && isMonth(i+3):
		// "27–28 February 2019"
		if isYear(w(i + 4)) {
			return i + 5
		}
		return i + 4
	case isDay(w(i)) && isMonth(i+1):
		if isYear(w(i + 2)) {
			return i + 3
		}
		return i + 2
	case isMonth(i):
		// "May" alone is too often the modal verb at a sentence start.
		if isDay(w(i+1)) && !isYearLike(w(i+1)) {
			if w(i+2) == "," && isYear(w(i+3)) {
				return i + 4
			}
			if isYear(w(i + 2)) {
				return i + 3
			}
			return i + 2
		}
		if isYear(w(i + 1)) {
			return i + 2
		}
		if strings.EqualFold(w(i), "may") {
			return i
		}
		return i + 1
	case isYear(w(i)) || isNumericDate(w(i)):
		return i + 1
	case inASCIIList(lx, lexicon.Weekdays, w(i)) && unicode.IsUpper(rune(w(i)[0])):
		k := i + 1
		if w(k) == "," {
			k++
		}
		if isDay(w(k)) || isMonth(k) {
			if e := matchDate(lx, src, toks, k); e >= k+2 {
				return e // "Monday 14 August"
			}
		}
		return i + 1
	}
	return i
}

// TestMatchDate: the dates matchDateFlags finds, and the words it leaves.
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
		{"on Monday 14 August the", "Monday 14 August"},
		{"on Sunday, September 3 with", "Sunday, September 3"},
		{"on Monday, 14 countries", "Monday"},
		{"a text dated 09.11.2020 was", "09.11.2020"},
		{"a ratio of 31.13.2020 was", ""},
		{"a five-day truce", ""},
		{"they may meet", ""},
	}
	lx := testModels(t).lx
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := stagetest.Doc(t, tt.in, reader.New(), segment.New(lx), tokenize.New(lx))
			fl := tokenFlags(d, lx.Index().Sets(), new(tokenScratch))
			got := ""
			for i := range d.Tokens {
				if j := matchDateFlags(fl, i); j > i {
					got = tt.in[d.Tokens[i].Start:d.Tokens[j-1].End]
					break
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// inASCIIList reports whether s is ASCII and its lower-case form is in
// the word list l.
func inASCIIList(lx *lexicon.Lexicon, l lexicon.List, s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return lx.Lists(strings.ToLower(s)).Any(l)
}

// TestIsDayRange checks the length and separator test isDayRange makes
// before it searches: every range of days is still one, every other word
// still none.
func TestIsDayRange(t *testing.T) {
	for _, w := range []string{"1-2", "25-26", "1–31", "25–26", "3-15"} {
		assert.True(t, isDayRange(w), w)
	}
	for _, w := range []string{"", "1", "2025", "1-", "-12", "100-2", "25-260", "25--26", "32-33", "0-1", "2025-26", "1—2", "a-b"} {
		assert.False(t, isDayRange(w), w)
	}
}
