package job

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// articles is the repository's article folder, relative to this package.
const articles = "../../testdata/articles"

// testTimeout is the per-document timeout of the tests: far above what one
// test article takes, and what the stalling document costs each run.
const testTimeout = time.Second

// testMaxBytes bounds the tests' inputs: above every test article.
const testMaxBytes = 200_000

func init() {
	// parley's stages plus a last one that panics on a document holding
	// PANIC-TRAP and waits for its context's end on one holding STALL-TRAP.
	RegisterStages("test-traps", func(m *extract.Models) []pipeline.Stage {
		return append(extract.Stages(m), pipeline.StageFunc{N: "trap", F: func(ctx context.Context, d *pipeline.Document) error {
			switch {
			case strings.Contains(d.Text, "PANIC-TRAP"):
				panic("trap")
			case strings.Contains(d.Text, "STALL-TRAP"):
				<-ctx.Done()
				return ctx.Err()
			}
			return nil
		}})
	})
	register.DoFn1x2[string, string, error](&readBackFn{})
}

// docString is an article's id and JSON as one string, for passert.
func docString(id string, data []byte) string { return id + "\n" + string(data) }

// readBackFn reads back the article that the job wrote for an id.
type readBackFn struct{ Dir string }

func (f *readBackFn) ProcessElement(id string) (string, error) {
	data, err := os.ReadFile(filepath.Join(f.Dir, id+".json"))
	return docString(id, data), err
}

// TestMain runs the test binary as parley-beam when PARLEY_BEAM_MAIN is
// set (the tests that run the command start it so), else the tests, on
// prism unless --runner says otherwise.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_BEAM_MAIN") == "1" {
		os.Exit(Main(os.Args[1:], os.Stderr))
	}
	// Beam leaves a file in the temporary folder per loopback job: keep
	// them in one folder of the tests' own, removed at the end.
	tmp, err := os.MkdirTemp("", "parley-beam-test-")
	if err == nil {
		os.Setenv("TMPDIR", tmp)
	}
	code := ptest.MainRet(m)
	if err == nil {
		os.RemoveAll(tmp)
	}
	os.Exit(code)
}

// corpus is a job's inputs: the repository's articles plus bad documents
// of every kind, and what the dead letters must say about them.
type corpus struct {
	inputs []string
	good   []string // paths of the articles
	dead   []string // expected dead-letter lines, sorted
}

func newCorpus(t *testing.T) corpus {
	t.Helper()
	good, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, good)

	bad, dup := t.TempDir(), t.TempDir()
	files := map[string]string{
		"big.txt":    strings.Repeat("Talks began. ", testMaxBytes/13+1),
		"nul.txt":    "Talks began.\nin\x00Geneva",
		"latin1.txt": "Talks in Z\xfcrich began.",
		"empty.txt":  " \n",
		"panic.txt":  "The ministers met in Geneva. PANIC-TRAP\n",
		"stall.txt":  "The ministers met in Geneva. STALL-TRAP\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(bad, name), []byte(text), 0o644))
	}
	require.NoError(t, os.Symlink(filepath.Join(bad, "nowhere"), filepath.Join(bad, "gone.txt")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(bad, "fifo.txt"), 0o644)) // opening it would block
	same := filepath.Base(good[0])
	require.NoError(t, os.WriteFile(filepath.Join(dup, same), []byte("Another article."), 0o644))
	none := filepath.Join(bad, "*.none")

	id := strings.TrimSuffix(same, ".txt")
	bigSize := len(files["big.txt"])
	dead := []string{
		deadLetter{filepath.Join(bad, "big.txt"), "input", fmt.Sprintf("input is %d bytes, more than the %d allowed", bigSize, testMaxBytes)}.line(),
		deadLetter{filepath.Join(bad, "empty.txt"), "input", "empty input"}.line(),
		deadLetter{filepath.Join(bad, "fifo.txt"), "read", "not a regular file, not read"}.line(),
		deadLetter{filepath.Join(bad, "gone.txt"), "read", "stat " + filepath.Join(bad, "gone.txt") + ": no such file or directory"}.line(),
		deadLetter{filepath.Join(bad, "latin1.txt"), "input", "line 1: byte 10: invalid UTF-8"}.line(),
		deadLetter{filepath.Join(bad, "nul.txt"), "input", "line 2: byte 15: NUL byte: binary file, not text"}.line(),
		deadLetter{filepath.Join(bad, "panic.txt"), "trap", "internal error (panic): trap"}.line(),
		deadLetter{filepath.Join(bad, "stall.txt"), "trap", "stopped after --timeout 1s"}.line(),
		deadLetter{filepath.Join(dup, same), "list", fmt.Sprintf("article id %q is also the id of %s; both would write %s.json", id, good[0], id)}.line(),
		deadLetter{none, "list", "no files match"}.line(),
	}
	slices.Sort(dead)
	return corpus{inputs: []string{articles, filepath.Join(bad, "*.txt"), dup, none}, good: good, dead: dead}
}

func (c corpus) options(out string) Options {
	return Options{Inputs: c.inputs, OutputDir: out, DeadLetter: filepath.Join(out, "dead.jsonl"),
		Format: FormatJSON, Shards: 1, Timeout: testTimeout, MaxBytes: testMaxBytes, Stages: "test-traps"}
}

// libraryOutputs runs parley's library on paths as `parley batch` does:
// each output by id, indented, or in the JSON Lines form.
func libraryOutputs(t *testing.T, paths []string, compact bool, extra ...extract.NamedReader) map[string][]byte {
	t.Helper()
	m, err := extract.NewModels(extra...)
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := pipeline.NewDocument(p, data)
		require.NoError(t, err)
		require.NoError(t, pipeline.Run(context.Background(), doc, extract.Stages(m)))
		if compact {
			out[doc.ID], err = pipeline.EncodeCompact(doc)
			require.NoError(t, err)
		} else {
			out[doc.ID] = pipeline.AppendEncode(nil, doc)
		}
	}
	return out
}

// TestExtract checks the pipeline's two outputs on prism: every article
// is written, its JSON equal to the library's, and every bad document is
// one dead letter saying where and why it failed.
func TestExtract(t *testing.T) {
	c := newCorpus(t)
	want := libraryOutputs(t, c.good, false)
	var wantDocs []string
	for id, data := range want {
		wantDocs = append(wantDocs, docString(id, data))
	}

	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	ids, dead := Extract(s, c.options(out))
	passert.Count(s, ids, "documents", len(c.good))
	passert.EqualsList(s, beam.ParDo(s, &readBackFn{Dir: out}, ids), wantDocs)
	passert.Count(s, dead, "dead letters", len(c.dead))
	passert.EqualsList(s, dead, c.dead)
	require.NoError(t, ptest.Run(p))
}

// TestRunJSON runs the whole job: the files are byte-identical to the
// library's output and to the golden files (the form `parley batch`
// writes), the dead-letter file lists every failure in order, and the
// summary counts both.
func TestRunJSON(t *testing.T) {
	c := newCorpus(t)
	out := t.TempDir()
	opts := c.options(out)
	sum, err := Run(context.Background(), opts)
	require.NoError(t, err)
	require.NotNil(t, sum)
	assert.EqualValues(t, len(c.good), sum.OK)
	assert.EqualValues(t, len(c.dead), sum.Failed)

	want := libraryOutputs(t, c.good, false)
	for id, data := range want {
		got, err := os.ReadFile(filepath.Join(out, id+".json"))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(data, got), "%s.json differs from the library's output", id)
		golden, err := os.ReadFile(filepath.Join("../../golden", id+".json"))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(golden, got), "%s.json differs from golden/%s.json", id, id)
	}
	dead, err := os.ReadFile(opts.DeadLetter)
	require.NoError(t, err)
	assert.Equal(t, strings.Join(c.dead, ""), string(dead))

	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, len(want)+1, "one file per article and the dead letters, no temporary file left")
}

// TestRunJSONL writes sharded JSON Lines: every shard exists, its lines
// are in input order, and together they are the library's compact output,
// each article once.
func TestRunJSONL(t *testing.T) {
	c := newCorpus(t)
	out := t.TempDir()
	opts := c.options(out)
	opts.Format, opts.Shards = FormatJSONL, 3
	sum, err := Run(context.Background(), opts)
	require.NoError(t, err)
	assert.EqualValues(t, len(c.good), sum.OK)
	assert.EqualValues(t, len(c.dead), sum.Failed)

	var got []string
	for i := range opts.Shards {
		data, err := os.ReadFile(shardName(out, i, opts.Shards))
		require.NoError(t, err)
		lines := strings.SplitAfter(string(data), "\n")
		lines = lines[:len(lines)-1] // after the last newline
		assert.NotEmpty(t, lines, "shard %d is empty", i)
		var ids []string
		for _, l := range lines {
			var doc struct{ Article struct{ ID string } }
			require.NoError(t, json.Unmarshal([]byte(l), &doc))
			ids = append(ids, doc.Article.ID)
		}
		assert.True(t, slices.IsSorted(ids), "shard %d is not in input order: %v", i, ids)
		got = append(got, lines...)
	}
	var want []string
	for _, data := range libraryOutputs(t, c.good, true) {
		want = append(want, string(data))
	}
	slices.Sort(got)
	slices.Sort(want)
	assert.Equal(t, want, got)
	dead, err := os.ReadFile(opts.DeadLetter)
	require.NoError(t, err)
	assert.Equal(t, strings.Join(c.dead, ""), string(dead))

	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, opts.Shards+1, "the shards and the dead letters, no temporary file left")
}

// TestRunLexicon: a user gazetteer travels with the job and changes its
// output as it changes the library's.
func TestRunLexicon(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	article := filepath.Join(in, "quill.txt")
	require.NoError(t, os.WriteFile(article, []byte("Ada Quill met the ministers in Geneva. The Vexholm Accord was discussed.\n"), 0o644))
	lx := Lexicon{Name: "names.tsv", Data: []byte("ORG\tVexholm Accord\n")}
	sum, err := Run(context.Background(), Options{Inputs: []string{in}, OutputDir: out,
		DeadLetter: filepath.Join(out, "dead.jsonl"), Format: FormatJSON, Shards: 1, Lexicons: []Lexicon{lx}})
	require.NoError(t, err)
	assert.EqualValues(t, 1, sum.OK)

	got, err := os.ReadFile(filepath.Join(out, "quill.json"))
	require.NoError(t, err)
	with := libraryOutputs(t, []string{article}, false, extract.NamedReader{Name: lx.Name, R: bytes.NewReader(lx.Data)})["quill"]
	without := libraryOutputs(t, []string{article}, false)["quill"]
	require.NotEqual(t, string(without), string(with), "the gazetteer should change this article's output")
	assert.Equal(t, string(with), string(got))
}

// TestListClosesFiles guards against listing that leaks a file descriptor
// per file (as fileio.MatchFiles does on the local filesystem): a job
// over many files ends with about as many open files as it began with.
func TestListClosesFiles(t *testing.T) {
	const n = 400
	in, out := t.TempDir(), t.TempDir()
	text := []byte("The ministers met in Geneva on Monday.\n")
	for i := range n {
		require.NoError(t, os.WriteFile(filepath.Join(in, fmt.Sprintf("a%03d.txt", i)), text, 0o644))
	}
	// With the collector off, no finalizer closes a file left open.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	before := openFiles(t)
	sum, err := Run(context.Background(), Options{Inputs: []string{in}, OutputDir: out,
		DeadLetter: filepath.Join(out, "dead.jsonl"), Format: FormatJSON, Shards: 1})
	require.NoError(t, err)
	assert.EqualValues(t, n, sum.OK)
	assert.Less(t, openFiles(t)-before, n/4, "open files grew with the number of inputs")
}

func openFiles(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	return len(ents)
}

// TestModelsShared: DoFn instances of one worker share one set of models
// per lexicon set.
func TestModelsShared(t *testing.T) {
	a, b := &extractFn{}, &extractFn{}
	require.NoError(t, a.Setup())
	require.NoError(t, b.Setup())
	m1, err := sharedModels(nil)
	require.NoError(t, err)
	lx := []Lexicon{{Name: "extra.tsv", Data: []byte("PERSON\tAda Quill\n")}}
	m2, err := sharedModels(lx)
	require.NoError(t, err)
	m3, err := sharedModels(lx)
	require.NoError(t, err)
	assert.Same(t, m2, m3)
	assert.NotSame(t, m1, m2)
}

// TestTimeoutIsNotBundleCancel: a document past its own deadline is a dead
// letter, but a cancelled bundle is returned to the runner.
func TestTimeoutIsNotBundleCancel(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "stall.txt")
	require.NoError(t, os.WriteFile(p, []byte("They met. STALL-TRAP\n"), 0o644))
	f := &extractFn{extractor: extractor{Stages: "test-traps", Timeout: 50 * time.Millisecond}, Dir: dir}
	require.NoError(t, f.Setup())
	defer f.Teardown()

	var dead []string
	emitDoc := func(string) { t.Error("stalled document emitted") }
	require.NoError(t, f.ProcessElement(context.Background(), p, emitDoc, func(s string) { dead = append(dead, s) }))
	assert.Equal(t, []string{deadLetter{p, "trap", "stopped after --timeout 50ms"}.line()}, dead)

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	err := f.ProcessElement(ctx, p, emitDoc, func(string) { t.Error("cancelled bundle sent a dead letter") })
	assert.True(t, errors.Is(err, context.Canceled), "got %v", err)
}
