package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCueOrder: the cues a word can start come longest first, then
// heaviest, so that the first that matches is the one the classifier wants.
func TestCueOrder(t *testing.T) {
	x := testLexicon(t).Index()
	ps := x.Patterns()
	for _, w := range []string{"reached", "agreed", "the", "called", "not"} {
		cues := x.Cues(x.Class(w))
		assert.NotEmpty(t, cues, w)
		for k := 1; k < len(cues); k++ {
			a, b := &ps[cues[k-1]], &ps[cues[k]]
			assert.True(t, len(a.Words) > len(b.Words) || len(a.Words) == len(b.Words) && a.Weight >= b.Weight, "%s: %v before %v", w, a.Words, b.Words)
		}
	}
}

// TestMayStartCue: a word whose cues all need a given second word starts
// none before other words, or at the end of a sentence. The second words
// are kept as a 64-bit set of classes, so one other word may pass by a
// shared bit; of several, some must not.
func TestMayStartCue(t *testing.T) {
	x := testLexicon(t).Index()
	reached, agreed := x.Class("reached"), x.Class("agreed")
	assert.True(t, x.MayStartCue(reached, x.Class("agreement")), "reached agreement")
	refused := 0
	for _, w := range []string{"xyzzy", "table", "moon", "quickly", "purple", "zebra"} {
		if !x.MayStartCue(reached, x.Class(w)) {
			refused++
		}
	}
	assert.Greater(t, refused, 2, "reached before words of no cue")
	assert.False(t, x.MayStartCue(reached, -1))
	assert.True(t, x.MayStartCue(agreed, x.Class("xyzzy")), "agreed is a cue of its own")
	assert.True(t, x.MayStartCue(agreed, -1))
}

// TestCuesOfEveryWord: the cues of a word are those whose first word is
// the word, or a prefix the word starts with; for every word of the
// vocabulary, every prefix text, and words that run on past them.
func TestCuesOfEveryWord(t *testing.T) {
	lx := testLexicon(t)
	x := lx.Index()
	ps := x.Patterns()
	words := []string{"", "xyzzy"}
	for w := range lx.lists {
		words = append(words, w, w+"s", w[:len(w)/2])
	}
	for _, p := range ps {
		w := p.Words[0].Text
		words = append(words, w, w+"s", w+"ing", w[:len(w)-1])
	}
	for _, w := range words {
		var want []int32
		for i, p := range ps {
			if first := p.Words[0]; first.Prefix && strings.HasPrefix(w, first.Text) || !first.Prefix && w == first.Text {
				want = append(want, int32(i))
			}
		}
		got := slices.Sorted(slices.Values(x.Cues(x.Class(w))))
		assert.Equal(t, want, got, "%q", w)
	}
}

// Every trie node has a class of its own for the words outside the
// vocabulary: the walk that numbers them reaches each node once.
func TestIndexPassClasses(t *testing.T) {
	x := testLexicon(t).Index()
	seen := map[int32]bool{}
	for _, nd := range x.nodes {
		assert.False(t, seen[nd.pass], "class %d given twice", nd.pass)
		seen[nd.pass] = true
	}
	assert.Len(t, seen, len(x.nodes))
}
