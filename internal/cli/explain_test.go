package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type extractedSentence struct {
	ID    int    `json:"id"`
	Text  string `json:"text"`
	Label string `json:"label"`
}

// extractedSentences is what parley extract says about path's sentences.
func extractedSentences(t *testing.T, path string) []extractedSentence {
	t.Helper()
	r := run(t, "", "extract", path)
	require.Equal(t, 0, r.code, r.err)
	var o struct {
		Sentences []extractedSentence `json:"sentences"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.out), &o))
	require.NotEmpty(t, o.Sentences)
	return o.Sentences
}

// explanations splits explain's output into one block per sentence.
func explanations(out string) []string {
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n\n")
}

// TestExplainAgreesWithExtract explains every sentence of every fixture
// article and checks each block against extract's sentence and label.
func TestExplainAgreesWithExtract(t *testing.T) {
	for _, path := range fixtureArticles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			sents := extractedSentences(t, path)
			r := run(t, "", "explain", path)
			require.Equal(t, 0, r.code, r.err)
			assert.Empty(t, r.err)
			blocks := explanations(r.out)
			require.Len(t, blocks, len(sents), "one explanation per sentence")
			for i, s := range sents {
				lines := strings.Split(blocks[i], "\n")
				require.GreaterOrEqual(t, len(lines), 3, blocks[i])
				assert.Equal(t, fmt.Sprintf("sentence %d: %s", s.ID, s.Text), lines[0])
				assert.True(t, strings.HasPrefix(lines[1], "label:  "+s.Label+" (rule "), "sentence %d labelled %s by extract: %s", i, s.Label, lines[1])
				assert.Regexp(t, `^scores: agreement=-?\d+\.\d\d demand=-?\d+\.\d\d reaction=-?\d+\.\d\d other=-?\d+\.\d\d$`, lines[2])
			}
		})
	}
}

func TestExplainOneSentence(t *testing.T) {
	path := articlePath(sample)
	all := run(t, "", "explain", path)
	require.Equal(t, 0, all.code, all.err)
	blocks := explanations(all.out)

	// The first sentence that a cue labelled, so the output lists cues.
	n := -1
	for i, b := range blocks {
		if strings.Contains(b, "(rule cues)") {
			n = i
			break
		}
	}
	require.GreaterOrEqual(t, n, 0, "some sentence of %s is labelled by its cues", sample)
	for _, flag := range []string{"--sentence", "-s"} {
		r := run(t, "", "explain", path, flag, fmt.Sprint(n))
		require.Equal(t, 0, r.code, r.err)
		assert.Equal(t, blocks[n]+"\n", r.out, "same as sentence %d of the full explanation", n)
		assert.Regexp(t, `\n  (agreement|demand|reaction)/[a-z-]+ +\d+\.\d\d( +[+-]\d+\.\d\d){4}  ".+" \[\d+,\d+\)`, r.out, "a cue with its value, what it adds to each label, text and byte offsets")
	}

	t.Run("stdin", func(t *testing.T) {
		r := run(t, readArticle(t, sample), "explain", "-", "-s", fmt.Sprint(n))
		require.Equal(t, 0, r.code, r.err)
		assert.Equal(t, blocks[n]+"\n", r.out)
	})
}

func TestExplainErrors(t *testing.T) {
	path := articlePath(other)
	n := len(extractedSentences(t, path))
	dir := writeFiles(t, map[string]string{"empty.txt": "", "bad.tsv": "PLANET\tMars\n"})
	tests := []struct {
		name string
		args []string
		want string
		help bool // a usage error, with the hint to --help
	}{
		{"sentence past the end", []string{path, "--sentence", fmt.Sprint(n)},
			fmt.Sprintf("--sentence %d: %s has %d sentences (0 to %d)", n, path, n, n-1), true},
		{"negative sentence", []string{path, "-s", "-1"}, "--sentence must be 0 or more, got -1", true},
		{"sentence not a number", []string{path, "-s", "two"}, `invalid argument "two"`, true},
		{"no file", nil, "accepts 1 arg(s), received 0", true},
		{"two files", []string{path, path}, "accepts 1 arg(s), received 2", true},
		{"missing file", []string{"/nonexistent/x.txt"}, "/nonexistent/x.txt: no such file or directory", false},
		{"empty file", []string{filepath.Join(dir, "empty.txt")}, "empty.txt: empty input", false},
		{"bad lexicon", []string{"--lexicon", filepath.Join(dir, "bad.tsv"), path}, `unknown entity type "PLANET"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", append([]string{"explain"}, tt.args...)...)
			assert.Equal(t, ExitError, r.code)
			assert.Contains(t, r.err, tt.want)
			assert.Equal(t, tt.help, strings.Contains(r.err, "parley --help"), r.err)
			assert.Empty(t, r.out)
		})
	}
}
