package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFindNamesCorpus: on the corpus articles, the name finder agrees
// with a scan by strings.Index for names made of the articles' own words.
func TestFindNamesCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		text := string(data)
		words := strings.Fields(text)
		var names []string
		for range 12 {
			i := rng.IntN(len(words) - 1)
			names = append(names, asciiLower(words[i]+" "+words[i+1]), asciiLower(words[i]))
		}
		lower := asciiLower(text)
		// few names are searched for one by one, many in one walk
		for _, names := range [][]string{names[:maxSearched], names} {
			got := findNames(text, names)
			for i, n := range names {
				require.Equal(t, scanName(text, lower, n), got[i], "%s: %q", p, n)
			}
		}
	}
}
