package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoOutputs writes the sample's output and a copy with one sentence
// relabelled and one quote's speaker removed.
func twoOutputs(t *testing.T) (a, b string) {
	t.Helper()
	dir := t.TempDir()
	out := libraryOutput(t, articlePath(sample))
	a, b = filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(a, []byte(out), 0o644))
	changed := strings.Replace(out, `"label": "agreement"`, `"label": "other"`, 1)
	i := strings.Index(changed, `"speaker": {`)
	j := i + strings.Index(changed[i:], "}")
	changed = changed[:i] + `"speaker": null` + changed[j+1:]
	require.NoError(t, os.WriteFile(b, []byte(changed), 0o644))
	return a, b
}

func TestDiff(t *testing.T) {
	a, b := twoOutputs(t)
	r := run(t, "", "diff", a, b)
	assert.Equal(t, ExitFindings, r.code, r.err)
	first, rest, _ := strings.Cut(r.out, "\n")
	assert.Equal(t, "1 speaker changed, 1 label changed", first, "the counts come first")
	assert.Contains(t, rest, "label changed: s")
	assert.Contains(t, rest, "agreement -> other")
	assert.Contains(t, rest, "-> null")
	assert.Less(t, strings.Index(r.out, "speaker changed"), strings.Index(r.out, "--- "+a), "the summary precedes the unified diff")
	assert.Contains(t, r.out, "+++ "+b)

	r = run(t, "", "diff", a, a)
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.out)
}

func TestDiffHTML(t *testing.T) {
	a, b := twoOutputs(t)
	page := filepath.Join(t.TempDir(), "d.html")
	r := run(t, "", "diff", a, b, "--html", page, "--article", articlePath(sample))
	assert.Equal(t, ExitFindings, r.code, r.err)
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(html), `id="old-s0"`)
	assert.Contains(t, string(html), `id="new-s0"`)
	assert.Contains(t, string(html), `class="chg-tag"`)
	assert.NotContains(t, string(html), "rebuilt from the output", "the article's text")
}

func TestDiffRejectsNonOutput(t *testing.T) {
	a, _ := twoOutputs(t)
	r := run(t, "", "diff", a, articlePath(sample))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "not a parley output")
}
