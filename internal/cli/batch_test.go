package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpus copies the fixture articles into a temp dir, plus extra files.
func corpus(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := writeFiles(t, extra)
	for _, a := range fixtureArticles(t) {
		b, err := os.ReadFile(a)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(a)), b, 0o644))
	}
	return dir
}

// readDir maps file name -> content.
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	out := map[string]string{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = string(b)
	}
	return out
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestBatchGoodAndBad(t *testing.T) {
	in := corpus(t, map[string]string{
		"a-empty.txt":  "",
		"b-binary.txt": "PK\x03\x04\x00\x00",
		"c-latin1.txt": "Ankara\xfdn talks.",
		"notes.md":     "not an input: only *.txt in a folder",
	})
	arts := fixtureArticles(t)
	out := t.TempDir()
	r := run(t, "", "batch", in, "--out", out, "--workers", "3")
	assert.Equal(t, ExitFindings, r.code)
	assert.Empty(t, r.out)
	for _, want := range []string{
		"a-empty.txt: empty input",
		"b-binary.txt:1: byte 4: NUL byte",
		"c-latin1.txt:1: byte 6: invalid UTF-8",
		fmt.Sprintf("%d ok, 3 failed, %d files in", len(arts), len(arts)+3),
	} {
		assert.Contains(t, r.err, want)
	}
	// Failures are reported in input order.
	assert.Less(t, strings.Index(r.err, "a-empty"), strings.Index(r.err, "b-binary"))
	assert.Less(t, strings.Index(r.err, "b-binary"), strings.Index(r.err, "c-latin1"))

	got := readDir(t, out)
	require.Len(t, got, len(arts), "every good output, nothing else (no temp files): %v", keys(got))
	for _, a := range arts {
		id := strings.TrimSuffix(filepath.Base(a), ".txt")
		assert.Equal(t, libraryOutput(t, a), got[id+".json"], id)
	}
}

func TestBatchAllGoodExitsZero(t *testing.T) {
	n := len(fixtureArticles(t))
	out := t.TempDir()
	r := run(t, "", "batch", articlesDir, "--out", out)
	assert.Equal(t, 0, r.code, r.err)
	assert.Regexp(t, fmt.Sprintf(`^parley batch: %d ok, 0 failed, %d files in \S+`, n, n), r.err)
	assert.NotContains(t, r.err, "\r", "no progress line when stderr is not a terminal")
}

func TestBatchWorkersDeterministic(t *testing.T) {
	in := corpus(t, map[string]string{"bad.txt": "\xff"})
	one, four := t.TempDir(), t.TempDir()
	r1 := run(t, "", "batch", in, "--out", one, "--workers", "1")
	r4 := run(t, "", "batch", in, "--out", four, "-j", "4")
	assert.Equal(t, ExitFindings, r1.code)
	assert.Equal(t, ExitFindings, r4.code)
	a, b := readDir(t, one), readDir(t, four)
	require.NotEmpty(t, a)
	assert.Equal(t, a, b, "--workers 1 and --workers 4 give byte-identical files")
	strip := func(s string) string { return s[:strings.LastIndex(s, " files in ")] }
	assert.Equal(t, strip(r1.err), strip(r4.err), "same report")
}

func TestBatchGlobsAndFiles(t *testing.T) {
	out := t.TempDir()
	glob := articlePath("*-2025.txt")
	r := run(t, "", "batch", glob, articlePath(other), "--out", out, "--jobs", "2")
	assert.Equal(t, 0, r.code, r.err)
	assert.Equal(t, []string{"anchorage-summit-2025.json", "riyadh-talks-2025.json", "singapore-summit-2018.json"}, keys(readDir(t, out)))

	r = run(t, "", "batch", articlePath("zz*.txt"), "--out", out)
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "no files match")
}

func TestBatchMissingAndDuplicate(t *testing.T) {
	other := writeFiles(t, map[string]string{sample: "Same id, other folder."})
	out := t.TempDir()
	r := run(t, "", "batch", articlePath(sample), filepath.Join(other, sample), "/nonexistent/x.txt", "--out", out)
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, `article id "riyadh-talks-2025" is also the id of`)
	assert.Contains(t, r.err, "/nonexistent/x.txt: no such file or directory")
	assert.Contains(t, r.err, "1 ok, 2 failed")
	got := readDir(t, out)
	assert.Contains(t, got["riyadh-talks-2025.json"], fmt.Sprintf(`"bytes": %d`, len(readArticle(t, sample))), "the first input keeps its id")
}

func TestBatchProgressOnTerminal(t *testing.T) {
	n := len(fixtureArticles(t))
	out := t.TempDir()
	r := runWith(t, func(f *Factory) { f.IsTerminal = func(io.Writer) bool { return true } },
		"", "batch", articlesDir, "--out", out, "-j", "2")
	assert.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.err, "\r\033[K")
	assert.Contains(t, r.err, fmt.Sprintf("%d/%d files, 0 failed", n, n))
	assert.Contains(t, r.err, fmt.Sprintf("parley batch: %d ok, 0 failed", n))
}

func TestBatchOutputErrorStops(t *testing.T) {
	t.Run("output folder cannot be made", func(t *testing.T) {
		file := filepath.Join(writeFiles(t, map[string]string{"f": ""}), "f")
		r := run(t, "", "batch", articlePath(sample), "--out", filepath.Join(file, "sub"))
		assert.Equal(t, ExitError, r.code)
		assert.Contains(t, r.err, "not a directory")
	})
	t.Run("an output file cannot be written", func(t *testing.T) {
		out := t.TempDir()
		// A directory where an output file should go: the rename fails.
		require.NoError(t, os.Mkdir(filepath.Join(out, "riyadh-talks-2025.json"), 0o755))
		r := run(t, "", "batch", articlesDir, "--out", out, "-j", "1")
		assert.Equal(t, ExitError, r.code)
		assert.Contains(t, r.err, "batch stopped after")
		assert.Contains(t, r.err, "riyadh-talks-2025.json")
		ents, err := os.ReadDir(out)
		require.NoError(t, err)
		for _, e := range ents {
			name := e.Name()
			assert.False(t, strings.HasSuffix(name, ".tmp"), "temp file left: %s", name)
		}
	})
}

func TestBatchPathsFromStdin(t *testing.T) {
	out := t.TempDir()
	list := strings.Join([]string{articlePath(sample), "", "/nonexistent/x.txt", articlesDir, articlePath("anchorage-summit-2025.txt") + "\r"}, "\n")
	r := run(t, list, "batch", "-", articlePath(other), "--out", out)
	assert.Equal(t, ExitFindings, r.code, r.err)
	assert.Contains(t, r.err, "/nonexistent/x.txt: no such file or directory")
	assert.Contains(t, r.err, articlesDir+": is a directory")
	assert.Contains(t, r.err, "3 ok, 2 failed, 5 files")
	assert.Equal(t, []string{"anchorage-summit-2025.json", "riyadh-talks-2025.json", "singapore-summit-2018.json"}, keys(readDir(t, out)))

	r = run(t, "", "batch", "-", "--out", out)
	assert.Equal(t, ExitError, r.code)
	assert.Contains(t, r.err, "no input files")
}

func TestBatchNothingToDoIsUsageError(t *testing.T) {
	empty := t.TempDir()
	for _, arg := range []string{empty, filepath.Join(empty, "*.txt")} {
		r := run(t, "", "batch", arg, "--out", t.TempDir())
		assert.Equal(t, ExitError, r.code, arg)
		assert.Contains(t, r.err, "Run 'parley --help' for usage.", arg)
	}
}

func TestBatchTimeout(t *testing.T) {
	out := t.TempDir()
	r := run(t, "", "batch", articlesDir, "--out", out, "--timeout", "1ns")
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, articlePath(sample)+": stopped after --timeout 1ns, in stage ")
	assert.Contains(t, r.err, "0 ok, 3 failed")
	assert.Empty(t, readDir(t, out))

	r = run(t, "", "batch", articlesDir, "--out", out, "--timeout", "1m")
	assert.Equal(t, 0, r.code, r.err)
	assert.Len(t, readDir(t, out), 3)
}

func TestBatchRemovesStaleTemporaryFiles(t *testing.T) {
	cmd := exec.Command("go", "version")
	require.NoError(t, cmd.Run())
	out := t.TempDir()
	stale := fmt.Sprintf(".riyadh-talks-2025.json.%d-42.tmp", cmd.Process.Pid) // a process that has ended
	require.NoError(t, os.WriteFile(filepath.Join(out, stale), []byte("{"), 0o644))
	r := run(t, "", "batch", articlePath(sample), "--out", out)
	assert.Equal(t, 0, r.code, r.err)
	assert.Contains(t, r.err, "removed 1 temporary files left in "+out)
	assert.Equal(t, []string{"riyadh-talks-2025.json"}, keys(readDir(t, out)))
}

func TestMaxBytes(t *testing.T) {
	size := len(readArticle(t, sample))
	r := run(t, "", "batch", articlePath(sample), "--out", t.TempDir(), "--max-bytes", "1000")
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, fmt.Sprintf("%s: input is %d bytes, more than the 1000 allowed", articlePath(sample), size))

	r = run(t, readArticle(t, sample), "extract", "--max-bytes", "1000")
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, "<stdin>: input is more than the 1000 bytes allowed")

	r = run(t, "", "extract", articlePath(sample), "--max-bytes", strconv.Itoa(size))
	assert.Equal(t, 0, r.code, r.err)

	for _, cmd := range []string{"extract", "batch"} {
		r = run(t, "", cmd, articlePath(sample), "--out", t.TempDir(), "--max-bytes", "0")
		assert.Equal(t, ExitError, r.code)
		assert.Contains(t, r.err, "--max-bytes must be at least 1")
	}
}

func TestBatchHTML(t *testing.T) {
	in := writeFiles(t, map[string]string{
		"a.txt":   readArticle(t, sample),
		"b.txt":   "The parties agreed to meet again.\n",
		"bad.txt": "\x00",
	})
	out := t.TempDir()
	r := run(t, "", "batch", in, "--out", out, "--html", "--workers", "2")
	assert.Equal(t, ExitFindings, r.code, "one bad input")
	for _, f := range []string{"a.json", "a.html", "b.json", "b.html", "index.html"} {
		assert.FileExists(t, filepath.Join(out, f))
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	s := string(index)
	assert.Contains(t, s, `<a href="a.html">USA-Russia Riyadh Talks (2025) (a)</a>`)
	assert.Contains(t, s, `<a href="b.html">b</a>`)
	assert.Contains(t, s, "failed: ")
	assert.Contains(t, s, "3 articles, 1 failed.")
	assert.Less(t, strings.Index(s, "a.html"), strings.Index(s, "b.html"), "input order")
}
