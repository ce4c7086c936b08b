package outfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	require.NoError(t, Write(p, []byte("one\n")))
	require.NoError(t, Write(p, []byte("two\n"))) // replaces
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "two\n", string(b))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm())
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, ents, 1, "no temporary file left behind")
}

func TestWriteMissingDir(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "nope", "a.json"), []byte("x"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a.json")
}
