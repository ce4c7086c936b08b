package job

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parleyBeam runs this test binary as the parley-beam command (see
// TestMain) with env added to its environment.
func parleyBeam(t *testing.T, env []string, args ...string) (stderr string, code int) {
	t.Helper()
	return runCommand(t, exec.Command(os.Args[0], args...), env)
}

func runCommand(t *testing.T, cmd *exec.Cmd, env []string) (string, int) {
	t.Helper()
	var errOut bytes.Buffer
	cmd.Env = append(append(os.Environ(), "PARLEY_BEAM_MAIN=1"), env...)
	cmd.Stderr = &errOut
	var ee *exec.ExitError
	if err := cmd.Run(); err != nil && !errors.As(err, &ee) {
		t.Fatalf("run %v: %v", cmd.Args, err)
	}
	return errOut.String(), cmd.ProcessState.ExitCode()
}

func TestMainUsage(t *testing.T) {
	stderr, code := parleyBeam(t, nil, "--output_dir", t.TempDir(), "--dead_letter", "dead.jsonl")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, stderr, "--input is required")

	stderr, code = parleyBeam(t, nil, "--input", articles, "--output_dir", t.TempDir(),
		"--dead_letter", "dead.jsonl", "--format", "xml")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, stderr, `--format must be json or jsonl, got "xml"`)
}

// TestMainPortableJobServer submits the job as to Flink or Spark: through
// a portable job server (prism's, here in this process) with the SDK
// harness in the submitting process (LOOPBACK).
func TestMainPortableJobServer(t *testing.T) {
	port := freePort(t)
	_, err := prism.CreateJobServer(context.Background(), prism.Options{Port: port})
	require.NoError(t, err)

	good, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	require.NoError(t, err)
	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, "nul.txt"), []byte("a\x00b"), 0o644))
	out := t.TempDir()
	dead := filepath.Join(out, "dead.jsonl")
	stderr, code := parleyBeam(t, nil, "--runner=flink", "--endpoint=localhost:"+strconv.Itoa(port),
		"--environment_type=LOOPBACK", "--input", articles, "--input", bad,
		"--output_dir", out, "--dead_letter", dead)
	require.Equal(t, ExitFindings, code, stderr)
	assert.Contains(t, stderr, "parley-beam: "+strconv.Itoa(len(good))+" ok, 1 failed")
	for id, want := range libraryOutputs(t, good, false) {
		got, err := os.ReadFile(filepath.Join(out, id+".json"))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "%s.json differs from the library's output", id)
	}
	got, err := os.ReadFile(dead)
	require.NoError(t, err)
	assert.Equal(t, deadLetter{filepath.Join(bad, "nul.txt"), "input", "line 1: byte 1: NUL byte: binary file, not text"}.line(), string(got))
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "localhost:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestMainDataflowDryRun describes the Dataflow job without submitting
// it, in a network namespace of its own with no credentials, so that it
// is checked offline and can reach nothing.
func TestMainDataflowDryRun(t *testing.T) {
	if err := exec.Command("unshare", "-n", "true").Run(); err != nil {
		t.Skip("needs unshare -n (root) to run without a network:", err)
	}
	home := t.TempDir()
	args := []string{"-n", os.Args[0], "--runner=dataflow", "--dry_run",
		"--project=example-project", "--region=europe-west1",
		"--staging_location=gs://example-bucket/staging", "--worker_binary=" + os.Args[0],
		"--input", "gs://example-bucket/articles/*.txt", "--output_dir", "gs://example-bucket/out",
		"--dead_letter", "gs://example-bucket/dead.jsonl"}
	stderr, code := runCommand(t, exec.Command("unshare", args...), []string{
		"HOME=" + home, "CLOUDSDK_CONFIG=" + home, "GOOGLE_APPLICATION_CREDENTIALS="})
	require.Equal(t, ExitOK, code, stderr)
	for _, want := range []string{
		"Dry-run: not submitting job!",
		`parley/job.listFn`, `parley/Reshuffle`, `parley/job.extractFn`, `job.writeLinesFn`,
		`example-project`, `europe-west1`, `gs://example-bucket/staging/`,
		`gs://example-bucket/articles/*.txt`,
	} {
		assert.Contains(t, stderr, want)
	}
}
