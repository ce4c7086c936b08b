package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/pipeline"
)

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
			tab := newCloseTable(text, s, open, closersOf(open))
			for from := s.Start; from <= s.End; from++ {
				if from < len(text) && !utf8.RuneStart(text[from]) {
					continue
				}
				we, wn := findClose(text, s, from, open, closersOf(open))
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
