package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRenderArticle(t *testing.T) {
	out := filepath.Join(t.TempDir(), "page.html")
	r := run(t, "", "render", articlePath(sample), "-o", out)
	require.Equal(t, 0, r.code, r.err)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	page := string(b)
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.Contains(t, page, "<title>USA-Russia Riyadh Talks (2025) — parley</title>")
	assert.Contains(t, page, "<style>", "self-contained: inline CSS")
	assert.NotContains(t, page, "<script", "no script")
	assert.NotContains(t, page, "http://", "no network")
	assert.Contains(t, page, `class="etag"`)
	assert.Contains(t, page, `class="badge">agreement`)
}

func TestRenderStdout(t *testing.T) {
	r := run(t, "", "render", articlePath(other))
	require.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.out, "<h1>singapore-summit-2018</h1>", "no title: the id")
}

func TestRenderFromJSON(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "riyadh.json")
	require.NoError(t, os.WriteFile(js, []byte(libraryOutput(t, articlePath(sample))), 0o644))
	direct := run(t, "", "render", articlePath(sample))
	require.Equal(t, 0, direct.code, direct.err)

	r := run(t, "", "render", "--from-json", js, articlePath(sample))
	require.Equal(t, 0, r.code, r.err)
	assert.Equal(t, direct.out, r.out, "a saved output with its article renders as the article itself")

	r = run(t, "", "render", js)
	require.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.out, "rebuilt from the output")
	assert.Contains(t, r.out, `id="q1"`)

	r = run(t, "", "render", "--from-json", js, articlePath(other))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "not the one this output was extracted from")
}

func TestRenderRejectsMalformedJSON(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"schema_version": "1", "article": {}}`), 0o644))
	r := run(t, "", "render", bad)
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "not a parley output")
	assert.Contains(t, r.err, "at '/entities': missing")
	assert.Contains(t, r.err, "at '/article/title': missing")
}

func TestRenderUsage(t *testing.T) {
	r := run(t, "", "render", articlePath(sample), articlePath(other))
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "goes with --from-json")
}
