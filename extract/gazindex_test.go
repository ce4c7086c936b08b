package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhraseIndex: a phrase goes on across white space only from a listed
// start (or end), and always across no gap or a non-space gap.
func TestPhraseIndex(t *testing.T) {
	m := map[string]bool{"united nations": true, "united states of america": true, "un": true, "people's republic of china": true}
	starts, ends := phraseStarts(m), phraseEnds(m)
	tests := []struct {
		ix   phraseIndex
		b    string
		gap  string
		want bool
	}{
		{starts, "united", " ", true},
		{starts, "united states", "\u00a0", true},
		{starts, "united states of", "\n ", true},
		{starts, "un", " ", false},
		{starts, "people", "", true},   // "People" + "'s": no gap, no answer
		{starts, "people", " ", false}, // "People Republic" is no listed start
		{starts, "people's", " ", true},
		{starts, "nations", " ", false},
		{starts, "un", "\u200b", true}, // a gap that is not white space
		{ends, "nations", " ", true},
		{ends, "china", " ", true},
		{ends, "republic of china", " ", true},
		{ends, "united nations", " ", false},
		{nil, "anything", " ", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.ix.goesOn([]byte(tt.b), tt.gap), "%q across %q", tt.b, tt.gap)
	}
}
