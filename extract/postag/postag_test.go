package postag_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract/lexicon"
	"github.com/parley-nlp/parley/extract/postag"
	"github.com/parley-nlp/parley/extract/reader"
	"github.com/parley-nlp/parley/extract/segment"
	_ "github.com/parley-nlp/parley/internal/golden" // registers -update
	"github.com/parley-nlp/parley/pipeline"
)

// corpusSentences returns the text of every sentence of testdata/articles,
// split by parley's reader and segmenter.
func corpusSentences(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	lx, err := lexicon.Load()
	require.NoError(t, err)
	stages := []pipeline.Stage{reader.New(), segment.New(lx)}
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := pipeline.NewDocument(p, data)
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), d, stages))
		for _, s := range d.Sentences {
			out = append(out, d.Text[s.Start:s.End])
		}
	}
	return out
}

// TestMatchesProse tags every corpus sentence with prose and with postag,
// on prose's tokens, and requires at least 99.5% identical tags.
//
// prose's tokenizer caches the tokens of each white-space-separated chunk
// and reuses the same *Token for a repeated chunk (except the sentence's
// last), so every occurrence reports the tag of the last one. The test
// also scores postag with that sharing applied, which isolates the tagger.
func TestMatchesProse(t *testing.T) {
	m, err := postag.Load()
	require.NoError(t, err)
	pm, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	require.NoError(t, err)
	var same, shared, total int
	for _, s := range corpusSentences(t) {
		pd, err := prose.NewDocument(s, prose.UsingModel(pm.Model),
			prose.WithSegmentation(false), prose.WithExtraction(false))
		require.NoError(t, err)
		toks := pd.Tokens()
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = tk.Text
		}
		tags := make([]string, len(words))
		m.Tag(words, tags)
		sharedTags := shareLikeProse(t, s, tags)
		for i, tk := range toks {
			total++
			if tags[i] == tk.Tag {
				same++
			}
			if sharedTags[i] == tk.Tag {
				shared++
			} else {
				t.Logf("%q: prose %s, postag %s in %q", tk.Text, tk.Tag, sharedTags[i], s)
			}
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("identical tags: %d of %d (%.3f%%); with prose's token sharing applied: %d (%.3f%%)",
		same, total, 100*rate, shared, 100*float64(shared)/float64(total))
	assert.GreaterOrEqual(t, rate, 0.995)
}

// shareLikeProse gives every token of a repeated chunk of s (not counting
// the last chunk) the tag of the chunk's last such occurrence.
func shareLikeProse(t *testing.T, s string, tags []string) []string {
	chunks := strings.FieldsFunc(s, unicode.IsSpace)
	type occ struct{ start, n int }
	last := map[string]occ{}
	var occs []occ
	k := 0
	for _, c := range chunks {
		d, err := prose.NewDocument(c, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		require.NoError(t, err)
		o := occ{k, len(d.Tokens())}
		occs = append(occs, o)
		k += o.n
	}
	require.Equal(t, len(tags), k, "chunk tokens of %q", s)
	for i, c := range chunks[:len(chunks)-1] {
		last[c] = occs[i]
	}
	out := slices.Clone(tags)
	for i, c := range chunks[:len(chunks)-1] {
		l := last[c]
		copy(out[occs[i].start:occs[i].start+occs[i].n], tags[l.start:l.start+l.n])
	}
	return out
}

func TestPatternsMatchCommonregex(t *testing.T) {
	assert.Equal(t, commonregex.LinkPattern, postag.LinkPattern)
	assert.Equal(t, commonregex.EmailPattern, postag.EmailPattern)
}

// TestSpecialCases checks the pre-filtered special cases against the bare
// regular expressions, and the tags they give.
func TestSpecialCases(t *testing.T) {
	link := regexp.MustCompile(commonregex.LinkPattern)
	email := regexp.MustCompile(commonregex.EmailPattern)
	none := regexp.MustCompile(postag.NonePattern)
	keep := regexp.MustCompile(postag.KeepPattern)
	words := []string{"a.b", "ab.c", "www.x.org", "x.co", "U.S.", "Mr.", "...", "....", "a..b",
		"e.g.", "http://x.io", "@user", "me@example.org", "a@b", "0", "00", "*", "*T*", "*-12",
		"*NP*-3", "*x", "-LRB-", "-lrb-", "-ABCD-", "talks", "U.S", "i.e", "3.5", "$3.5bn"}
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			assert.Equal(t, strings.HasPrefix(w, "@") || link.MatchString(w) || email.MatchString(w),
				postag.IsLinkOrEmail(w))
			assert.Equal(t, none.MatchString(w), postag.IsNone(w))
			assert.Equal(t, keep.MatchString(w), postag.IsKeep(w))
		})
	}
	m, err := postag.Load()
	require.NoError(t, err)
	tests := []struct{ in, want []string }{
		{[]string{"-", ":-)", "-LRB-", "me@example.org", "0"}, []string{"-", "SYM", "-LRB-", "NN", "-NONE-"}},
		{[]string{"The", "talks", "ended", "."}, []string{"DT", "NNS", "VBD", "."}},
	}
	for _, tt := range tests {
		got := make([]string, len(tt.in))
		m.Tag(tt.in, got)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// proseNormalize is prose v2's normalize, verbatim.
func proseNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

func TestNormalize(t *testing.T) {
	for _, w := range []string{"", "Talks", "talks", "Russia-Ukraine", "-LRB-", "2025", "+202", "-202",
		"20255", "3rd", "ÉTAT", "état", "İstanbul", "Ǆ", "\xff", "-", "'s", "’", "UN", "x-", "-x"} {
		assert.Equal(t, proseNormalize(w), postag.Normalize(w), "%q", w)
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := postag.Load()
	require.NoError(b, err)
	words := strings.Fields(`Saudi Foreign Minister Prince Faisal bin Farhan said on Tuesday that the talks in Riyadh had been " constructive " , and that both delegations would meet again next week .`)
	tags := make([]string, len(words))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(words, tags)
	}
}
