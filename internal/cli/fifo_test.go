//go:build unix

package cli

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchSkipsFIFO: a FIFO named *.txt in a batch folder is reported
// and skipped; opening it would block until something writes to it.
func TestBatchSkipsFIFO(t *testing.T) {
	in := corpus(t, nil)
	require.NoError(t, syscall.Mkfifo(filepath.Join(in, "pipe.txt"), 0o644))
	out := t.TempDir()
	r := run(t, "", "batch", in, "--out", out)
	assert.Equal(t, ExitFindings, r.code)
	assert.Contains(t, r.err, "pipe.txt: not a regular file (a FIFO), not read")
	assert.Len(t, readDir(t, out), len(fixtureArticles(t)))
}
