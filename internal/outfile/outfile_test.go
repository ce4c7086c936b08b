package outfile_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden"
	"github.com/parley-nlp/parley/internal/outfile"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	require.NoError(t, outfile.Write(p, []byte("one\n")))
	require.NoError(t, outfile.Write(p, []byte("two\n"))) // replaces
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "two\n", string(b))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm())
	assert.Equal(t, []string{"a.json"}, names(t, dir), "no temporary file left behind")
}

func TestWriteMissingDir(t *testing.T) {
	err := outfile.Write(filepath.Join(t.TempDir(), "nope", "a.json"), []byte("x"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a.json")
}

// TestWriteFuncFails: a failed write leaves the old file as it was and no
// temporary file.
func TestWriteFuncFails(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	require.NoError(t, outfile.Write(p, []byte("old\n")))
	boom := errors.New("boom")
	err := outfile.WriteFunc(p, func(w io.Writer) error {
		fmt.Fprint(w, "half")
		tmp := names(t, dir)
		require.Len(t, tmp, 2)
		assert.Regexp(t, fmt.Sprintf(`^\.a\.json\.%d-[0-9]+\.tmp$`, os.Getpid()), tmp[0], "named after this process")
		return boom
	})
	assert.ErrorIs(t, err, boom)
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "old\n", string(b))
	assert.Equal(t, []string{"a.json"}, names(t, dir))
}

// TestRemoveStale: the temporary files of a process that has ended go,
// those of running processes and other files stay.
func TestRemoveStale(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no way to tell a running process here")
	}
	cmd := exec.Command("go", "version")
	require.NoError(t, cmd.Run())
	dead := cmd.Process.Pid
	dir := t.TempDir()
	keep := []string{
		"a.json",
		fmt.Sprintf(".a.json.%d-123.tmp", os.Getpid()), // this process
		".b.json.1-123.tmp",                            // init: running
		".c.json.123.tmp",                              // not named by Write
		"d.json.tmp",
	}
	gone := []string{fmt.Sprintf(".a.json.%d-123.tmp", dead), fmt.Sprintf(".gen-1.json.%d-99.tmp", dead)}
	for _, n := range append(append([]string{}, keep...), gone...) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), nil, 0o644))
	}
	n, err := outfile.RemoveStale(dir)
	require.NoError(t, err)
	assert.Equal(t, len(gone), n)
	sort.Strings(keep)
	assert.Equal(t, keep, names(t, dir))
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}
