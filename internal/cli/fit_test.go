package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/classify"
	"github.com/parley-nlp/parley/extract/lexicon"
)

func TestFit(t *testing.T) {
	dir := t.TempDir()
	weights := filepath.Join(dir, "weights.tsv")
	cv := filepath.Join(dir, "cv")
	r := run(t, "", "fit", "--gold", goldDir, "--write", weights, "--cv-out", cv, articlesDir)
	require.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.out, "3 articles")
	assert.Contains(t, r.out, "== in-sample\nsentence labels  accuracy ")
	assert.Contains(t, r.out, "== cross-validated (3 folds by article)\n")
	for _, a := range fixtureArticles(t) {
		id := strings.TrimSuffix(filepath.Base(a), ".txt")
		assert.FileExists(t, filepath.Join(cv, id+".json"))
	}

	// The written weights load as the lexicon's and name every feature.
	data, err := os.ReadFile(weights)
	require.NoError(t, err)
	lines := 0
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			lines++
			assert.Len(t, strings.Split(l, "\t"), 1+len(lexicon.LabelColumns()), l)
		}
	}
	lx, err := lexicon.Load()
	require.NoError(t, err)
	assert.Equal(t, len(classify.New(lx).FeatureNames()), lines)
}

func TestFitErrors(t *testing.T) {
	r := run(t, "", "fit", articlesDir)
	assert.Equal(t, ExitError, r.code, "--gold is required")
	r = run(t, "", "fit", "--gold", goldDir, "--l2", "-1", articlesDir)
	assert.Equal(t, ExitError, r.code)
	r = run(t, "", "fit", "--gold", goldDir, articlePath("riyadh-talks-2025.txt"))
	assert.Equal(t, ExitError, r.code, "one article is too few")
	assert.Contains(t, r.err, "at least 2")
}
