package job

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// listFn expands the inputs into file paths with filesystem.List, in one
// call on one worker so that ids are claimed in input order. (Beam's
// fileio.MatchFiles would do the listing too, but on the local filesystem
// its size lookup opens every matched file and never closes it.)
//
// A folder or a pattern without wildcards stands for its *.txt files; if
// it has none, it is taken as one file. An input that matches nothing, and
// a file whose article id an earlier file already took (both would write
// <id>.json), go to the dead letters, as `parley batch` refuses them.
type listFn struct {
	Inputs []string

	fs fileSystems
}

func (f *listFn) ProcessElement(ctx context.Context, _ []byte, emitPath func(string), emitDead func(string)) error {
	claimed := map[string]string{} // id -> path
	for _, in := range f.Inputs {
		paths, err := f.expand(ctx, in)
		if err != nil {
			return err // the filesystem failed, not a document: let the runner retry
		}
		if len(paths) == 0 {
			docsFailed.Inc(ctx, 1)
			emitDead(deadLetter{Path: in, Stage: "list", Reason: "no files match"}.line())
			continue
		}
		for _, p := range paths {
			id := pipeline.IDFromPath(p)
			if prev, dup := claimed[id]; dup {
				docsFailed.Inc(ctx, 1)
				emitDead(deadLetter{Path: p, Stage: "list", Reason: fmt.Sprintf(
					"article id %q is also the id of %s; both would write %s.json", id, prev, id)}.line())
				continue
			}
			claimed[id] = p
			emitPath(p)
		}
	}
	return nil
}

func (f *listFn) expand(ctx context.Context, in string) ([]string, error) {
	fsys, err := f.fs.get(ctx, in)
	if err != nil {
		return nil, err
	}
	pattern := in
	if !strings.ContainsAny(in, "*?[") {
		pattern = joinPath(in, "*.txt")
	}
	paths, err := fsys.List(ctx, pattern)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", pattern, err)
	}
	if len(paths) == 0 && pattern != in {
		paths = []string{in} // not a folder: one file, which the reader will try
	}
	sort.Strings(paths)
	return paths, nil
}

func (f *listFn) Teardown() { f.fs.close() }
