package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenDirs makes a folder of two articles and an empty golden folder.
func goldenDirs(t *testing.T) (articles, golden string) {
	t.Helper()
	articles = writeFiles(t, map[string]string{
		"riyadh-talks-2025.txt": readArticle(t, sample),
		"short.txt":             "The parties agreed to meet again.\nRussia said that talks would continue.\n",
	})
	return articles, filepath.Join(t.TempDir(), "golden")
}

func TestGoldenUpdateThenCheck(t *testing.T) {
	articles, golden := goldenDirs(t)
	flags := []string{"--articles", articles, "--golden", golden}

	r := run(t, "", append([]string{"golden", "check"}, flags...)...)
	assert.Equal(t, ExitFindings, r.code, "missing golden files are drift")
	assert.Contains(t, r.out, "missing golden file "+filepath.Join(golden, "short.json"))

	r = run(t, "", append([]string{"golden", "update"}, flags...)...)
	require.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.err, "2 of 2 files updated")
	pretty := run(t, "", "extract", "--pretty", filepath.Join(articles, "short.txt"))
	b, err := os.ReadFile(filepath.Join(golden, "short.json"))
	require.NoError(t, err)
	assert.Equal(t, pretty.out, string(b), "golden form is extract --pretty")

	r = run(t, "", append([]string{"golden", "check"}, flags...)...)
	assert.Equal(t, 0, r.code, r.out+r.err)
	assert.Empty(t, r.out)
	assert.Contains(t, r.err, "2 files match")

	r = run(t, "", append([]string{"golden", "update"}, flags...)...)
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.err, "0 of 2 files updated", "unchanged files are left alone")
}

// driftedGolden writes the golden files of goldenDirs, then edits the
// sample's; it returns the flags that name the folders and that file.
func driftedGolden(t *testing.T, edit func([]byte) []byte) (flags []string, path string) {
	t.Helper()
	articles, golden := goldenDirs(t)
	flags = []string{"--articles", articles, "--golden", golden}
	require.Equal(t, 0, run(t, "", append([]string{"golden", "update"}, flags...)...).code)
	path = filepath.Join(golden, "riyadh-talks-2025.json")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, edit(b), 0o644))
	return flags, path
}

func TestGoldenCheckOneCharacterChange(t *testing.T) {
	flags, path := driftedGolden(t, func(b []byte) []byte {
		i := strings.Index(string(b), `"schema_version": "1"`) + len(`"schema_version": "`)
		b[i] = '2' // one character
		return b
	})

	r := run(t, "", append([]string{"golden", "check"}, flags...)...)
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.out, "--- "+path+"\n")
	assert.Contains(t, r.out, "+++ "+path+" (got)\n")
	assert.Contains(t, r.out, "-  \"schema_version\": \"2\",\n+  \"schema_version\": \"1\",\n")
	assert.Contains(t, r.err, "1 of 2 files differ")
	assert.Contains(t, r.err, "parley golden update")
}

func TestGoldenBadArticleIsError(t *testing.T) {
	articles := writeFiles(t, map[string]string{"bad.txt": "\x00"})
	r := run(t, "", "golden", "check", "--articles", articles, "--golden", t.TempDir())
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "bad.txt:1: byte 0: NUL byte")
}

func TestGoldenNoArticles(t *testing.T) {
	r := run(t, "", "golden", "check", "--articles", t.TempDir())
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "no articles in")
}

func TestGoldenCheckSummaryHTMLAndJUnit(t *testing.T) {
	// the golden file as an older lexicon wrote it: one label different
	flags, path := driftedGolden(t, func(b []byte) []byte {
		return []byte(strings.Replace(string(b), `"label": "agreement"`, `"label": "demand"`, 1))
	})

	dir := t.TempDir()
	html, junit := filepath.Join(dir, "html"), filepath.Join(dir, "golden.xml")
	r := run(t, "", append([]string{"golden", "check", "--html", html, "--junit", junit}, flags...)...)
	assert.Equal(t, ExitFindings, r.code)
	assert.True(t, strings.HasPrefix(r.out, path+": 1 label changed\n  label changed: s"), r.out)
	assert.Contains(t, r.out, "demand -> agreement")
	assert.Less(t, strings.Index(r.out, "label changed"), strings.Index(r.out, "--- "+path), "summary before diff")

	page, err := os.ReadFile(filepath.Join(html, "riyadh-talks-2025.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "1 label changed")
	assert.FileExists(t, filepath.Join(html, "index.html"))
	assert.NoFileExists(t, filepath.Join(html, "short.html"), "only drifted articles get a page")

	x, err := os.ReadFile(junit)
	require.NoError(t, err)
	assert.Contains(t, string(x), `<testsuite name="parley golden" tests="2" failures="1">`)
	assert.Contains(t, string(x), `<testcase name="riyadh-talks-2025" classname="parley.golden">`)
	assert.Contains(t, string(x), `<failure message="1 label changed" type="drift">`)
	assert.Contains(t, string(x), `<testcase name="short" classname="parley.golden"></testcase>`)
}
