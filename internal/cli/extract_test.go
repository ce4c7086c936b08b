package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/schema"
	"github.com/parley-nlp/parley/schema/schematest"
)

// sample has the translation notice and the trailer; other is plain, with
// «» quotes.
const (
	sample = "riyadh-talks-2025.txt"
	other  = "singapore-summit-2018.txt"
)

// writeFiles creates name -> content files in a temp dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	return dir
}

func readArticle(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(articlePath(name))
	require.NoError(t, err)
	return string(b)
}

// decodeOutput checks an output against the JSON Schema and returns it.
func decodeOutput(t *testing.T, line string) map[string]any {
	t.Helper()
	require.NoError(t, schematest.Validate([]byte(line)))
	require.NoError(t, schema.Validate([]byte(line)))
	var o map[string]any
	require.NoError(t, json.Unmarshal([]byte(line), &o), line)
	for _, k := range []string{"schema_version", "article", "entities", "quotes", "sentences"} {
		assert.Contains(t, o, k)
	}
	return o
}

func articleID(o map[string]any) string { return o["article"].(map[string]any)["id"].(string) }

func TestExtractOne(t *testing.T) {
	r := run(t, "", "extract", articlePath(sample))
	require.Equal(t, 0, r.code, r.err)
	assert.Empty(t, r.err)
	assert.Equal(t, 1, strings.Count(r.out, "\n"), "one compact JSON object")
	assert.Equal(t, "riyadh-talks-2025", articleID(decodeOutput(t, r.out)))
}

func TestExtractPretty(t *testing.T) {
	r := run(t, "", "extract", "--pretty", articlePath(sample))
	require.Equal(t, 0, r.code, r.err)
	assert.Equal(t, libraryOutput(t, articlePath(sample)), r.out, "--pretty is the golden form")
	assert.True(t, strings.HasPrefix(r.out, "{\n  \"schema_version\": \"1\""))
	decodeOutput(t, r.out)
}

func TestExtractSeveralIsJSONLines(t *testing.T) {
	r := run(t, "", "extract", articlePath(sample), articlePath(other))
	require.Equal(t, 0, r.code, r.err)
	lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, "riyadh-talks-2025", articleID(decodeOutput(t, lines[0])), "input order")
	assert.Equal(t, "singapore-summit-2018", articleID(decodeOutput(t, lines[1])))
}

func TestExtractStdin(t *testing.T) {
	text := readArticle(t, sample)
	f := run(t, "", "extract", articlePath(sample))
	require.Equal(t, 0, f.code, f.err)
	for _, args := range [][]string{{"extract", "-"}, {"extract"}} {
		r := run(t, text, args...)
		require.Equal(t, 0, r.code, r.err)
		o := decodeOutput(t, r.out)
		assert.Equal(t, "stdin", articleID(o))
		// Same content as from the file, apart from the id.
		assert.Equal(t, strings.Replace(f.out, `"id":"riyadh-talks-2025"`, `"id":"stdin"`, 1), r.out)
	}
}

func TestExtractOutDir(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new", "dir")
	r := run(t, "", "extract", "--out", out, articlePath(sample), articlePath(other))
	require.Equal(t, 0, r.code, r.err)
	assert.Empty(t, r.out)
	for _, id := range []string{"riyadh-talks-2025", "singapore-summit-2018"} {
		b, err := os.ReadFile(filepath.Join(out, id+".json"))
		require.NoError(t, err)
		assert.Equal(t, libraryOutput(t, articlePath(id+".txt")), string(b), "files hold the indented form")
	}
	ents, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, ents, 2, "no temporary files left")
}

func TestExtractBadInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"empty.txt":  "",
		"blank.txt":  " \n\t\n",
		"nul.txt":    "Line one.\nAB\x00CD",
		"latin1.txt": "Caf\xe9 talks.",
	})
	tests := []struct {
		file string
		want string
	}{
		{"empty.txt", "empty.txt: empty input"},
		{"blank.txt", "blank.txt: empty input"},
		{"nul.txt", "nul.txt:2: byte 12: NUL byte"},
		{"latin1.txt", "latin1.txt:1: byte 3: invalid UTF-8"},
		{"missing.txt", "missing.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := run(t, "", "extract", filepath.Join(dir, tt.file))
			assert.Equal(t, ExitFindings, r.code)
			assert.Contains(t, r.err, tt.want)
			assert.Empty(t, r.out)
		})
	}
	t.Run("stdin", func(t *testing.T) {
		r := run(t, "x\xff", "extract", "-")
		assert.Equal(t, ExitFindings, r.code)
		assert.Contains(t, r.err, "<stdin>:1: byte 1: invalid UTF-8")
	})
	t.Run("directory", func(t *testing.T) {
		r := run(t, "", "extract", dir)
		assert.Equal(t, ExitFindings, r.code)
		assert.Contains(t, r.err, "is a directory")
	})
}

func TestExtractBadAmongGood(t *testing.T) {
	dir := writeFiles(t, map[string]string{"nul.txt": "\x00"})
	r := run(t, "", "extract", articlePath(sample), filepath.Join(dir, "nul.txt"), articlePath(other))
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, "nul.txt:1: byte 0: NUL byte")
	assert.Contains(t, r.err, "1 of 3 inputs failed")
	lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
	require.Len(t, lines, 2, "both good articles still written")
	assert.Equal(t, "riyadh-talks-2025", articleID(decodeOutput(t, lines[0])))
	assert.Equal(t, "singapore-summit-2018", articleID(decodeOutput(t, lines[1])))
}

func TestExtractDuplicateIDsWithOut(t *testing.T) {
	a := writeFiles(t, map[string]string{"x.txt": "One sentence here."})
	b := writeFiles(t, map[string]string{"x.txt": "Another sentence."})
	out := t.TempDir()
	r := run(t, "", "extract", "--out", out, filepath.Join(a, "x.txt"), filepath.Join(b, "x.txt"))
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, `article id "x" is also the id of`)
	got, err := os.ReadFile(filepath.Join(out, "x.json"))
	require.NoError(t, err)
	assert.Contains(t, string(got), pipeline.SchemaVersion)
	assert.Contains(t, string(got), `"bytes": 18`, "the first input wins")
}

func TestExtractLexicon(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.tsv": "# user names\nPERSON\tJane Example\tExample\n",
		"bad.tsv":  "PLANET\tMars\n",
		"bin.tsv":  "\x7fELF\x02\x01\x01\x00\x00\x00" + strings.Repeat("\x00\xff", 1000),
	})
	r := run(t, "", "extract", "--lexicon", filepath.Join(dir, "good.tsv"), articlePath(sample))
	assert.Equal(t, 0, r.code, r.err)
	decodeOutput(t, r.out)

	r = run(t, "", "extract", "--lexicon", filepath.Join(dir, "bad.tsv"), articlePath(sample))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "bad.tsv:1")
	assert.Contains(t, r.err, `unknown entity type "PLANET"`)

	r = run(t, "", "extract", "--lexicon", filepath.Join(dir, "bin.tsv"), articlePath(sample))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "bin.tsv: not a lexicon: binary data or invalid UTF-8")
	assert.Less(t, len(r.err), 300, "no bytes of the file quoted")

	r = run(t, "", "extract", "--lexicon", filepath.Join(dir, "none.tsv"), articlePath(sample))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "none.tsv")
}

func TestExtractOutputErrorIsExit2(t *testing.T) {
	file := filepath.Join(writeFiles(t, map[string]string{"f": "x"}), "f")
	r := run(t, "", "extract", "--out", file, articlePath(sample)) // --out is a file
	assert.Equal(t, ExitError, r.code)
	assert.NotEmpty(t, r.err)
}
