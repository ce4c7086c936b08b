package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/internal/text"
)

// Spot checks of facts the embedded lexicons must keep.
func TestLexiconFacts(t *testing.T) {
	lx := testLexicon(t)
	gaz := []struct{ surface, typ, canonical string }{
		{"Riyadh", "GPE", "Riyadh"},
		{"Turkey", "GPE", "Türkiye"},
		{"Turkiye", "GPE", "Türkiye"},
		{"USA", "GPE", "United States"},
		{"U.S.", "GPE", "United States"},
		{"America", "GPE", "United States"},
		{"DRC", "GPE", "Democratic Republic of the Congo"},
		{"Kinshasa", "GPE", "Kinshasa"},
		{"NATO", "ORG", "North Atlantic Treaty Organization"},
		{"Kremlin", "ORG", "Kremlin"},
		{"White House", "FAC", "White House"},
		{"Diriyah Palace", "FAC", "Diriyah Palace"},
		{"Sea of Azov", "LOC", "Sea of Azov"},
		{"Middle East", "LOC", "Middle East"},
		{"Kiev", "GPE", "Kyiv"},
		{"Nur-Sultan", "GPE", "Astana"},
		{"AU", "ORG", "African Union"},
		{"RSF", "ORG", "Rapid Support Forces"},
		{"Strait of Hormuz", "LOC", "Strait of Hormuz"},
		{"Grain Deal", "EVENT", "Black Sea Grain Initiative"},
	}
	for _, g := range gaz {
		t.Run(g.surface, func(t *testing.T) {
			e, ok := lx.Gazetteer[text.Fold(g.surface)]
			require.True(t, ok, "%s missing", g.surface)
			assert.Equal(t, g.typ, e.Type)
			assert.Equal(t, g.canonical, e.Canonical)
		})
	}
	for dem, place := range map[string]string{"Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Turkish": "Türkiye", "Tigrayan": "Tigray", "Shia": ""} {
		got, ok := lx.Demonyms[text.Fold(dem)]
		assert.True(t, ok, dem)
		assert.Equal(t, place, got, dem)
	}
	for _, title := range []string{"secretary of state", "national security advisor", "foreign minister", "crown prince", "spokesperson"} {
		assert.True(t, lx.Titles[title], title)
	}
	for _, a := range []string{"u.s", "mr", "gen", "dr"} {
		assert.True(t, lx.Abbrev[a], a)
	}
	assert.True(t, lx.Acronyms[text.Fold("UN")], "acronyms match only in capitals")
}

// Every demonym's place is a gazetteer name, so speakers such as "the
// Ukrainian government" can be mapped to their country.
func TestDemonymPlacesAreInGazetteer(t *testing.T) {
	lx := testLexicon(t)
	for dem, place := range lx.Demonyms {
		if place == "" {
			continue
		}
		_, ok := lx.Gazetteer[text.Fold(place)]
		assert.True(t, ok, "%s -> %s", dem, place)
	}
}

func TestLoadLexiconUserFile(t *testing.T) {
	lx, err := Load(NamedReader{Name: "mine.tsv", R: strings.NewReader("# mine\nGPE\tNew Town\tNT|Newtown\n")})
	require.NoError(t, err)
	assert.Equal(t, GazEntry{Type: "GPE", Canonical: "New Town"}, lx.Gazetteer["newtown"])

	_, err = Load(NamedReader{Name: "bad.tsv", R: strings.NewReader("PLACE\tX\n")})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.tsv:1")
}

// The embedded files are read as they are, with none of the checks a
// user's file gets: they must pass them.
func TestEmbeddedFilesAreText(t *testing.T) {
	n := 0
	err := fs.WalkDir(dataFS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := dataFS.ReadFile(path)
		require.NoError(t, err)
		assert.NotContains(t, string(data), "\x00", path)
		assert.True(t, utf8.Valid(data), path)
		n++
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, n, 70)
}

func TestReadLines(t *testing.T) {
	var got [][]string
	src := "# header\n\n  \t \r\nA\t b \tc\r\n  # indented comment\n x\u00a0\tÜ \t\nlast \t\u2009y"
	err := readLines("t.tsv", src, func(f []string) error {
		got = append(got, append([]string(nil), f...))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"A", "b", "c"}, {"x", "Ü", ""}, {"last", "y"}}, got)

	err = readLines("t.tsv", "a\n\nb\n", func(f []string) error {
		if f[0] == "b" {
			return fmt.Errorf("no b")
		}
		return nil
	})
	assert.EqualError(t, err, "t.tsv:3: no b")
	for _, s := range []string{"", " ", "a", " a", "a ", "\u00a0a", "a\u2009", "\ta\t", "\x7fa", "é", "a\x01"} {
		assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
	}
}

func TestFoldWords(t *testing.T) {
	for _, n := range []string{"", "  ", "Recep Tayyip  Erdoğan", "Abu\u00a0Dhabi", "KREMLIN", "Côte d’Ivoire\t Talks", "a\xffb c", "One",
		"Côte d’Ivoire", "Recep Tayyip Erdoğan", " One", "One ", "São\u2009Paulo", "x\u0085y", "new\nline", "Bosnia and Herzegovina",
		"bosnia and herzegovina", "United Kingdom of Great Britain and Northern Ireland, Ministry of Defence", "Ab\x7fC D", "ÉCOLE Normale"} {
		key, words, isFold := foldName(n)
		assert.Equal(t, text.Fold(strings.Join(strings.Fields(n), " ")), key, n)
		assert.Equal(t, len(strings.Fields(n)), words, n)
		if isFold {
			assert.Equal(t, text.Fold(n), key, n)
		}
	}
}

func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := Load()
	require.NoError(t, err)
	return lx
}

// Each name list is in the order names.go reads it: by bucket, then by
// key, each key once; its bucket index says where each bucket starts; and
// what the lists hold is found.
func TestNameLists(t *testing.T) {
	for _, l := range nameLists() {
		b, err := indexed(l)
		require.NoError(t, err, l.file)
		header := 0
		for strings.HasPrefix(l.data[header:], "#") {
			header += strings.IndexByte(l.data[header:], '\n') + 1
		}
		assert.Equal(t, uint32(header), b.start(0), "%s: the first bucket starts after the header", l.file)
		lines := strings.Count(l.data[header:], "\n")
		assert.True(t, b.mask+1 <= uint32(lines) && uint32(lines) < 2*(b.mask+1), "%s: %d buckets for %d lines", l.file, b.mask+1, lines)
		for i := uint32(0); i <= b.mask; i++ {
			prev := ""
			for line := range strings.Lines(b.data[b.start(i):b.start(i+1)]) {
				key, _, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
				require.Equal(t, i, nameHash(key)&b.mask, "%s: %q is in bucket %d", l.file, key, i)
				require.Less(t, prev, key, "%s: keys sorted within a bucket, each once", l.file)
				prev = key
			}
		}
	}
	_, err := indexed(nameList{file: "short.tsv", data: "a\nb\n", index: "\x00\x00\x00\x00\x02\x00\x00\x00"})
	assert.Error(t, err, "an index that ends before the list's end")
	lx := testLexicon(t)
	for w, want := range map[string]NameBits{
		"olga": GivenName | FemaleName, "wang": FamilyName, "novi pazar": City, "exchange": Ordinary,
		"managers": Ordinary, "industries": Ordinary, "purchasing": Ordinary, "lorvik": 0,
	} {
		assert.Equal(t, want, lx.Name(w)&^(GivenWeak|FamilyWeak|PlaceWeak), w)
	}
}
