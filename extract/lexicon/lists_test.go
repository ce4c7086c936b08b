package lexicon

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListFiles: every file of lists/ is one list, named in listFiles,
// opening with a header line that says what it is for, and holding words.
func TestListFiles(t *testing.T) {
	require.LessOrEqual(t, numLists, 128, "List holds 128 lists")
	named, bits := map[string]bool{}, StartsCue.Or(Descriptors).Or(Designators).Or(GazLower)
	for _, f := range listFiles() {
		require.False(t, named[f.name], "%s names two lists", f.name)
		require.False(t, bits.Any(f.list), "%s: a bit of two lists", f.name)
		named[f.name], bits = true, bits.Or(f.list)
	}
	all := List{}
	for n := uint(0); n < numLists; n++ {
		all = all.Or(bit(n))
	}
	require.Equal(t, all, bits, "a file for each List bit")
	entries, err := fs.ReadDir(dataFS, "lists")
	require.NoError(t, err)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		assert.True(t, named[name], "lists/%s is no list", e.Name())
		delete(named, name)
		data, err := fs.ReadFile(dataFS, "lists/"+e.Name())
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		assert.True(t, strings.HasPrefix(lines[0], "# ") && len(lines[0]) > 20, "lists/%s: no header line", e.Name())
		words := 0
		for _, l := range lines {
			if !strings.HasPrefix(l, "#") && strings.TrimSpace(l) != "" {
				words++
			}
		}
		assert.Positive(t, words, "lists/%s has no words", e.Name())
	}
	assert.Empty(t, named, "listed files missing from lists/")
}

// TestLists: a word or phrase is in the lists that hold it, folded, and
// in no other.
func TestLists(t *testing.T) {
	lx := testLexicon(t)
	tests := []struct {
		w    string
		want List
	}{
		{"was", BeForms.Or(Copulas)},
		{"been", BeForms},
		{"according to", FactReporting},
		{"according", According.Or(StopCaps)},
		{"said", Reporting.Or(SayVerbs.Or(SpeechActs))},
		{"we're", StopCaps},
		{"al-", Particles},
		{"may", Months},
		{"xyzzy", List{}},
		{"", List{}},
	}
	for _, tt := range tests {
		got := lx.Lists(tt.w)
		got.lo &^= StartsCue.lo
		assert.Equal(t, tt.want, got, tt.w)
	}
}
