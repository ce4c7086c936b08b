// Package golden is a test-only helper for golden files: compare output
// with a file, print a unified diff on mismatch, and rewrite the file under
// -update (or UPDATE_GOLDEN=1).
//
// Every package with tests imports it, if only blank, so that the -update
// flag exists in every test binary and `go test ./... -update` never fails
// with "flag provided but not defined". The flag is registered once,
// guarded by flag.Lookup, so a second registration elsewhere cannot panic.
package golden

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-nlp/parley/internal/diff"
	"github.com/parley-nlp/parley/internal/outfile"
)

// UpdateCommand is what a failure tells the reader to run.
const UpdateCommand = "go test ./... -update   (or: go run ./cmd/parley golden update)"

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files instead of comparing with them")
	}
}

// Update reports whether golden files are to be rewritten: the -update
// flag or UPDATE_GOLDEN=1 in the environment.
func Update() bool {
	if os.Getenv("UPDATE_GOLDEN") == "1" {
		return true
	}
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return f.Value.String() == "true"
	}
	b, _ := g.Get().(bool)
	return b
}

// Compare checks got against the golden file at path. Under Update it
// writes got to path instead (creating directories). A missing golden
// file is a failure, not an invitation to create one.
func Compare(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		// atomically, as parley golden update: a test killed while
		// writing leaves the old file, never a partial one, and its
		// temporary file goes at the next update
		if _, err := outfile.RemoveStale(filepath.Dir(path)); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := outfile.Write(path, got); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("golden file %s is missing; create it with:\n\t%s", path, UpdateCommand)
	}
	if err != nil {
		t.Fatalf("golden: %v", err)
	}
	if d := Diff(path, want, got); d != "" {
		t.Errorf("output differs from %s (-want +got):\n%s\nIf the change is intended, run:\n\t%s", path, d, UpdateCommand)
	}
}

// Diff is a unified diff from want (the golden file at path) to got, or ""
// if they are equal.
func Diff(path string, want, got []byte) string {
	return diff.Unified(path, path+" (got)", want, got)
}
