package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// TestGoesOn: a phrase goes on across white space only from a listed
// start (or end), and always across no gap or a non-space gap.
func TestGoesOn(t *testing.T) {
	lx := testLexicon(t)
	tests := []struct {
		table func(WordInfo) PhraseBits
		want  PhraseBits
		b     string
		gap   string
		ok    bool
	}{
		{gazBits, PhraseStart, "united", " ", true},
		{gazBits, PhraseStart, "united states", "\u00a0", true},
		{gazBits, PhraseStart, "united states of", "\n ", true},
		{gazBits, PhraseStart, "kremlin", " ", false}, // listed, but no longer name starts with it
		{gazBits, PhraseStart, "people", "", true},    // "People" + "'s": no gap, no answer
		{gazBits, PhraseStart, "people", " ", false},  // "People Republic" is no listed start
		{gazBits, PhraseStart, "people's", " ", true},
		{gazBits, PhraseStart, "nations", " ", false},
		{gazBits, PhraseStart, "un", "\u200b", true}, // a gap that is not white space
		{titleBits, PhraseEnd, "minister", " ", true},
		{titleBits, PhraseEnd, "of state", " ", true},
		{titleBits, PhraseEnd, "xyzzy", " ", false},
		{demBits, PhraseStart, "north", " ", true},
		{demBits, PhraseStart, "korean", " ", false},
	}
	for _, tt := range tests {
		bits := tt.table(lx.WordBytes([]byte(tt.b)))
		assert.Equal(t, tt.ok, lx.GoesOn(bits, tt.want, tt.gap), "%q across %q", tt.b, tt.gap)
		if tt.want == PhraseStart && isGaz(tt.table) {
			assert.Equal(t, tt.ok, lx.GazGoesOn([]byte(tt.b), tt.gap), "GazGoesOn %q across %q", tt.b, tt.gap)
		}
	}
}

func gazBits(w WordInfo) PhraseBits   { return w.Gaz.Bits }
func titleBits(w WordInfo) PhraseBits { return w.Title }
func demBits(w WordInfo) PhraseBits   { return w.Dem }

func isGaz(f func(WordInfo) PhraseBits) bool {
	return f(WordInfo{Gaz: GazInfo{Bits: PhraseEnd}}) == PhraseEnd
}

// The word filter wordTable fills as it sets words is that of the table's
// words.
func TestWordFilterHoldsTheTable(t *testing.T) {
	lx := testLexicon(t)
	var f text.WordFilter
	for k := range lx.words {
		f.Add(k)
	}
	assert.Equal(t, f, *lx.wordFilter)
}
