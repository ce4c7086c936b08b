package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/extract/lexicon"
	_ "github.com/parley-nlp/parley/internal/golden"
	"github.com/parley-nlp/parley/pipeline"
)

// repoRoot is where go.mod is, two levels up from this package.
var repoRoot = filepath.Join("..", "..")

// The package's own fixtures (see testdata/README.md): three short
// articles cut from the development corpus and gold annotations for them,
// so the tests neither grow nor break with testdata/articles at the root.
var (
	articlesDir = filepath.Join("testdata", "articles")
	goldDir     = filepath.Join("testdata", "gold")
)

func articlePath(name string) string {
	return filepath.Join(articlesDir, name)
}

// fixtureArticles are the fixture articles, sorted.
func fixtureArticles(t *testing.T) []string {
	t.Helper()
	arts, err := filepath.Glob(articlePath("*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, arts)
	sort.Strings(arts)
	return arts
}

// sharedModels builds the costly models once per test binary. A call with
// extra lexicons gets a fresh lexicon but the shared tagger model, which
// extra lexicons do not change.
var sharedModels = func() func(...extract.NamedReader) (*extract.Models, error) {
	load := sync.OnceValues(func() (*extract.Models, error) { return extract.NewModels() })
	return func(extra ...extract.NamedReader) (*extract.Models, error) {
		m, err := load()
		if err != nil || len(extra) == 0 {
			return m, err
		}
		lx, err := lexicon.Load(extra...)
		if err != nil {
			return nil, err
		}
		return &extract.Models{Lexicon: lx, Tags: m.Tags}, nil
	}
}()

// libraryOutput is path's golden form, computed with the library directly
// rather than through the CLI.
func libraryOutput(t *testing.T, path string) string {
	t.Helper()
	m, err := sharedModels()
	require.NoError(t, err)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := pipeline.NewDocument(path, data)
	require.NoError(t, err)
	require.NoError(t, pipeline.Run(context.Background(), doc, extract.Stages(m)))
	b, err := pipeline.Encode(doc)
	require.NoError(t, err)
	return string(b)
}

type result struct {
	out, err string
	code     int
}

// run runs parley with args, stdin and a non-terminal stderr.
func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return runWith(t, func(*Factory) {}, stdin, args...)
}

func runWith(t *testing.T, tweak func(*Factory), stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &Factory{
		In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut,
		Models: sharedModels, IsTerminal: func(io.Writer) bool { return false }, Now: time.Now,
	}
	tweak(f)
	code := Run(context.Background(), f, args)
	return result{out.String(), errOut.String(), code}
}

func TestVersion(t *testing.T) {
	r := run(t, "", "--version")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "parley "+Version()+"\n", r.out)

	old := version
	t.Cleanup(func() { version = old })
	version = "v9.9.9"
	assert.Equal(t, "parley v9.9.9\n", run(t, "", "--version").out)
}

func TestHelpHasExamples(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"extract", "--help"}, {"batch", "--help"},
		{"golden", "--help"}, {"golden", "check", "--help"}, {"golden", "update", "--help"},
		{"eval", "--help"}, {"explain", "--help"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := run(t, "", args...)
			assert.Equal(t, 0, r.code, r.err)
			assert.Contains(t, r.out, "Examples:")
			assert.Contains(t, r.out, "Usage:")
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"extract", "--nope"}, "unknown flag: --nope"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"batch without --out", []string{"batch", "x"}, `"out" not set`},
		{"batch without inputs", []string{"batch", "--out", "x"}, "requires at least 1 arg"},
		{"batch zero workers", []string{"batch", "--out", "x", "--workers", "0", "y"}, "--workers must be at least 1"},
		{"eval without --gold", []string{"eval", "x.json"}, `"gold" not set`},
		{"golden check with args", []string{"golden", "check", "x"}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", tt.args...)
			assert.Equal(t, ExitError, r.code)
			assert.Contains(t, r.err, tt.want)
			assert.Empty(t, r.out)
		})
	}
}

func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		r := run(t, "", "completion", sh)
		assert.Equal(t, 0, r.code, sh)
		assert.Contains(t, r.out, "parley", sh)
	}
}

func TestMainUsesGivenStreams(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"--version"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 0, code)
	assert.Equal(t, "parley "+Version()+"\n", out.String())
	assert.Empty(t, errOut.String())
}

func TestIsTerminal(t *testing.T) {
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.CreateTemp(t.TempDir(), "x")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a regular file is not a terminal")
}
