package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
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
	lx := testModels(t).Lexicon
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
	case isYear(w(i)):
		return i + 1
	case inASCIIList(lx, lexicon.Weekdays, w(i)) && unicode.IsUpper(rune(w(i)[0])):
		return i + 1
	}
	return i
}

// inASCIIList reports whether s is ASCII and its lower-case form is in
// the word list l.
func inASCIIList(lx *lexicon.Lexicon, l lexicon.List, s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return lx.Lists(strings.ToLower(s))&l != 0
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

// TestTokenFlags: the one-pass flags are refFlags and gapFlags of every
// token, and the tokenizer's folds are text.Fold of it.
func TestTokenFlags(t *testing.T) {
	texts := []string{
		"al-Sudani el-Sisi AL-X al- May MAY may March MARCH Thursday US U.S. P5+1 25-26 1999–2002 2025 31 – - , x",
		"Ünal İbrahim Kalın Qatar’s people’s Zelenskyy\u00a0x a\u200bb KKK \u212aelvin Ω ωΩ Bin bin BIN von Ould",
	}
	lx := testModels(t).Lexicon
	for _, d := range tokenizedDocs(t, texts) {
		fl := tokenFlags(d, lx.Index().Sets(), new(tokenScratch))
		for i, tok := range d.Tokens {
			w := d.Text[tok.Start:tok.End]
			want := refFlags(lx, w)
			if i > 0 {
				want |= gapFlags(d.Text[d.Tokens[i-1].End:tok.Start])
			}
			require.Equal(t, want, fl[i], "%q", w)
			require.Equal(t, text.Fold(w), d.Index.Folds[i], "%q", w)
		}
	}
}

// refFlags is the definition of a word's flags.
func refFlags(lx *lexicon.Lexicon, w string) tokFlags {
	var f tokFlags
	if w == "" {
		return 0
	}
	if strings.ContainsFunc(w, unicode.IsSpace) {
		f |= tfOdd
	}
	if text.IsCap(w) {
		f |= tfCap
	}
	if inASCIIList(lx, lexicon.Particles, w) {
		f |= tfParticle
	}
	if text.IsAllCaps(w) {
		f |= tfAllCaps
	}
	if isYearLike(w) {
		f |= tfYearLike
	}
	switch c := w[0]; {
	case '0' <= c && c <= '9':
		f |= tfDigit
		if isYear(w) {
			f |= tfYear
		}
		if isDay(w) {
			f |= tfDay
		}
		if isDayRange(w) {
			f |= tfDayRange
		}
	case 'A' <= c && c <= 'Z':
		if inASCIIList(lx, lexicon.Months, w) {
			f |= tfMonth
		}
		if inASCIIList(lx, lexicon.Weekdays, w) {
			f |= tfWeekday
		}
	case w == "-":
		f |= tfDash
	case w == ",":
		f |= tfComma
	}
	if w == "–" {
		f |= tfDash
	}
	if len(w) == 3 && strings.EqualFold(w, "may") {
		f |= tfMay
	}
	return f
}
