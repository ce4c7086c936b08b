package entities

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/stagetest"
)

// TestFindNamesCorpus: on the corpus articles, the name finder agrees
// with a scan by strings.Index for names made of the articles' own words.
func TestFindNamesCorpus(t *testing.T) {
	paths := stagetest.Articles(t)
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

// TestByteTables: the byte tables are their definitions.
func TestByteTables(t *testing.T) {
	rarity := [256]uint8{}
	for i, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		rarity[c] = uint8(i + 1)
	}
	for c := '0'; c <= '9'; c++ {
		rarity[c] = 27
	}
	for c := 0x80; c < 0x100; c++ {
		rarity[c] = 28
	}
	rarity[0xe2], rarity[0x80] = 10, 10 // the first two bytes of ’ “ ” – —
	for c := range 256 {
		require.Equal(t, rarity[c], byteRarity[c], "byteRarity %#x", c)
		require.Equal(t, isWordByte(byte(c)), wordBytes[c] != 0, "wordBytes %#x", c)
	}
}
