package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGivenGender: a given name of one sex gives its gender; one of both,
// or no given name, none.
func TestGivenGender(t *testing.T) {
	lx, err := Load()
	require.NoError(t, err)
	for _, tt := range []struct {
		name string
		want Gender
	}{{"hillary", Female}, {"donald", Male}, {"olga", Female}, {"kim", Unknown}, {"zz", Unknown}, {"", Unknown}, {"aaaa", Unknown}} {
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
