package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// TestGivenGenders: the list is folded, sorted and without repeats, so
// that a search by halves finds every name in it.
func TestGivenGenders(t *testing.T) {
	lx, err := Load()
	require.NoError(t, err)
	prev, n := "", 0
	for _, line := range strings.Split(strings.TrimSuffix(givenGenders, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		require.True(t, ok && (v == "m" || v == "f"), "%q", line)
		require.Equal(t, text.Fold(k), k, "%q is not folded", k)
		require.Less(t, prev, k, "%q after %q", k, prev)
		want := Male
		if v == "f" {
			want = Female
		}
		require.Equal(t, want, lx.GivenGender(k), "%q", k)
		prev, n = k, n+1
	}
	assert.Greater(t, n, 20000)
	for _, tt := range []struct {
		name string
		want Gender
	}{{"hillary", Female}, {"donald", Male}, {"kim", Unknown}, {"zz", Unknown}, {"", Unknown}, {"aaaa", Unknown}} {
		assert.Equal(t, tt.want, lx.GivenGender(tt.name), tt.name)
	}
}

func TestGenderOf(t *testing.T) {
	lx, err := Load()
	require.NoError(t, err)
	for w, want := range map[string]Gender{"mr.": Male, "ms.": Female, "spokeswoman": Female, "he": Male, "she": Female,
		"minister": Unknown, "they": Unknown} {
		assert.Equal(t, want, lx.GenderOf(w), w)
	}
}
