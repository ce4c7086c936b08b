package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/parley-nlp/parley/pipeline"
)

// TestIsQuoteMark: the quotation marks are exactly the runes that open or
// close in ClosersOf's table.
func TestIsQuoteMark(t *testing.T) {
	inTable := map[rune]bool{}
	for r := rune(0); r <= 0x3100; r++ {
		if cl := ClosersOf(r); cl != "" {
			inTable[r] = true
			for _, c := range cl {
				inTable[c] = true
			}
		}
	}
	inTable['\''] = false // an apostrophe token is mostly no mark
	for r := rune(0); r <= 0x3100; r++ {
		assert.Equal(t, inTable[r], IsQuoteMark(string(r)), "%q", r)
	}
	for _, w := range []string{"", "“x", "\"\"", "«»", "\xe2\x80", "a"} {
		assert.False(t, IsQuoteMark(w), "%q", w)
	}
	assert.True(t, utf8.ValidString("「"))
}

func TestFindQuoteRegions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"curly", "a “b c” d", []string{"b c"}},
		{"interrupted", `"A," he said, "B."`, []string{"A,", "B."}},
		{"nested", "“He said ‘no’ twice.”", []string{"He said ‘no’ twice."}},
		{"single with apostrophe", "‘We didn’t get there,’ he said.", []string{"We didn’t get there,"}},
		{"possessive only", "Russia’s and Ukraine’s", nil},
		{"corner brackets", "他说「好」", []string{"好"}},
		{"danish", "Han sagde »ja« og gik.", []string{"ja"}},
		{"german reversed single", "Er sagte ›ja‹ und ging.", []string{"ja"}},
		{"swiss single", "Er sagte ‹ja› und ging.", []string{"ja"}},
		{"swedish", "Han sa ”ja” och ”nej” igen.", []string{"ja", "nej"}},
		{"a closing ” of English quotes opens nothing", "He said “yes” and ”no” twice.", []string{"yes"}},
		{"german single", "It called the plan ‚a fair solution‘ and left.", []string{"a fair solution"}},
		{"spaced single guillemets", "It stayed ‹ the guarantor of the deal ›.", []string{" the guarantor of the deal "}},
		{"straight single quotes", "It would 'continue quiet talks' with the leaders' aides.", []string{"continue quiet talks"}},
		{"apostrophes are no straight quotes", "The leaders' talks in the '90s didn't end.", nil},
		{"doubled apostrophes", "''We are ready,'' he said of the ''plan.''", []string{"We are ready,", "plan."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range FindQuoteRegions(tt.in, pipeline.Span{Start: 0, End: len(tt.in)}) {
				got = append(got, tt.in[r.Inner().Start:r.Inner().End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestOpeningClosing: the marks that open and close are those of the
// table.
func TestOpeningClosing(t *testing.T) {
	closing := map[rune]bool{}
	for r := rune(0); r <= 0x3100; r++ {
		for _, c := range ClosersOf(r) {
			closing[c] = true
		}
	}
	for r := rune(0); r <= 0x3100; r++ {
		assert.Equal(t, closing[r], IsClosing(r), "%q", r)
		assert.Equal(t, ClosersOf(r) != "", IsOpening(r), "%q", r)
	}
}

// TestCloseTable compares closeTable.find with findClose from every
// offset of random texts of quotation marks, apostrophes, letters and
// spaces, for every kind of opener.
func TestCloseTable(t *testing.T) {
	pieces := []string{"“", "”", "„", "«", "»", "‘", "’", "‹", "›", "\"", "「", "」", "a", "b", " ", " ", "(", "—", "\u00a0"}
	openers := []rune{'“', '„', '«', '»', '‘', '‹', '"', '「'}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		text := randomText(rng, pieces, 40)
		s := pipeline.Span{Start: 0, End: len(text)}
		if len(text) > 4 && rng.IntN(2) == 0 {
			s = pipeline.Span{Start: 1, End: len(text) - 1} // not a rune boundary: as findClose would see it
		}
		for _, open := range openers {
			tab := newCloseTable(text, s, open, ClosersOf(open))
			for from := s.Start; from <= s.End; from++ {
				if from < len(text) && !utf8.RuneStart(text[from]) {
					continue
				}
				we, wn := findClose(text, s, from, open, ClosersOf(open))
				ge, gn := tab.find(text, from)
				if ge != we || gn != wn {
					t.Fatalf("%q span %v opener %q from %d: table (%d,%d), findClose (%d,%d)", text, s, open, from, ge, gn, we, wn)
				}
			}
		}
	}
}

// randomText joins fewer than n pieces drawn at random.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range rng.IntN(n) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
