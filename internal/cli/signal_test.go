//go:build unix

package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startMain runs parley's Main with args in a child process (the test
// binary itself, see TestMain), so that a real signal can be sent to it.
func startMain(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), mainEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	require.NoError(t, cmd.Start())
	return cmd, &stderr
}

// stop sends sig to cmd once it has run for a while and returns how long
// it took to end and its exit code.
func stop(t *testing.T, cmd *exec.Cmd, after time.Duration, sig syscall.Signal) (time.Duration, int) {
	t.Helper()
	time.Sleep(after)
	start := time.Now()
	require.NoError(t, cmd.Process.Signal(sig))
	err := cmd.Wait()
	took := time.Since(start)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return took, ee.ExitCode()
	}
	require.NoError(t, err)
	return took, 0
}

// TestSignalStopsExtract: SIGINT or SIGTERM in the middle of a long
// article ends parley extract within a second, exit code 128 + signal.
func TestSignalStopsExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs parley in a child process for seconds")
	}
	long := filepath.Join(t.TempDir(), "long.txt")
	require.NoError(t, os.WriteFile(long, []byte(strings.Repeat(readArticle(t, sample), 4000)), 0o644))
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, stderr := startMain(t, "extract", long)
			took, code := stop(t, cmd, 500*time.Millisecond, sig)
			assert.Less(t, took, time.Second, "time from the signal to the exit")
			assert.Equal(t, 128+int(sig), code, stderr.String())
			assert.Contains(t, stderr.String(), "extract stopped after 0 of 1 inputs")
		})
	}
}

// TestSignalStopsBatch: SIGINT ends a batch within a second, with its
// summary, which counts the files written, and no temporary file left.
func TestSignalStopsBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("runs parley in a child process for seconds")
	}
	in, out := t.TempDir(), t.TempDir()
	// Articles of twenty samples each, so that the batch lasts seconds
	// however fast the machine; the signal comes once the first output
	// is written, not after a fixed time.
	text := []byte(strings.Repeat(readArticle(t, sample), 20))
	const n = 300
	for i := range n {
		require.NoError(t, os.WriteFile(filepath.Join(in, fmt.Sprintf("a%04d.txt", i)), text, 0o644))
	}
	cmd, stderr := startMain(t, "batch", in, "--out", out, "--workers", "2")
	require.Eventually(t, func() bool {
		ents, _ := os.ReadDir(out)
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".json") && !strings.HasPrefix(e.Name(), ".") {
				return true
			}
		}
		return false
	}, 30*time.Second, 5*time.Millisecond, "no output written")
	took, code := stop(t, cmd, 0, syscall.SIGINT)
	assert.Less(t, took, time.Second, "time from the signal to the exit")
	assert.Equal(t, 130, code, stderr.String())
	m := regexp.MustCompile(`parley batch: (\d+) ok, 0 failed, \d+ files`).FindStringSubmatch(stderr.String())
	require.NotNil(t, m, "summary printed: %s", stderr.String())
	assert.Contains(t, stderr.String(), "interrupted (SIGINT)")
	ok, _ := strconv.Atoi(m[1])
	files := readDir(t, out)
	for name := range files {
		assert.True(t, strings.HasSuffix(name, ".json") && !strings.HasPrefix(name, "."), "left in the output: %s", name)
	}
	assert.Equal(t, ok, len(files), "the summary counts the files written")
	assert.Less(t, ok, n, "stopped before the end")
}
