// Package diff renders unified diffs of text files for golden checks, in
// the command line tool and in tests alike.
package diff

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// Unified returns a unified diff (3 lines of context) turning want into
// got, with the file names fromName and toName in its header. It returns ""
// when want and got are equal. A missing final newline is marked as diff(1)
// does, so that a change to it still shows.
func Unified(fromName, toName string, want, got []byte) string {
	if string(want) == string(got) {
		return ""
	}
	out, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: lines(string(want)), B: lines(string(got)),
		FromFile: fromName, ToFile: toName, Context: 3,
	})
	if err != nil || out == "" {
		// difflib only fails on write errors to a strings.Builder, which
		// cannot happen; still, never hide a difference.
		return "--- " + fromName + "\n+++ " + toName + "\n(files differ)\n"
	}
	return out
}

// lines splits s into lines that keep their "\n"; a last line without one
// gets "\n\\ No newline at end of file\n".
func lines(s string) []string {
	if s == "" {
		return nil
	}
	ls := strings.SplitAfter(s, "\n")
	if ls[len(ls)-1] == "" {
		return ls[:len(ls)-1]
	}
	ls[len(ls)-1] += "\n\\ No newline at end of file\n"
	return ls
}
