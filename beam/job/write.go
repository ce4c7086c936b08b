package job

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// writeDocFn writes each article to <Dir>/<id>.json.
type writeDocFn struct {
	Dir string

	fs fileSystems
}

func (f *writeDocFn) ProcessElement(ctx context.Context, id string, data []byte) error {
	return f.fs.writeFile(ctx, joinPath(f.Dir, id+".json"), data)
}

func (f *writeDocFn) Teardown() { f.fs.close() }

// keyFn keys each input path by the JSON Lines file its article goes to,
// chosen by a hash of the article id so that it does not depend on
// scheduling.
type keyFn struct {
	Dir    string
	Shards int
}

func (f *keyFn) ProcessElement(path string, emit func(string, string)) {
	h := fnv.New32a()
	h.Write([]byte(pipeline.IDFromPath(path)))
	emit(shardName(f.Dir, int(h.Sum32()%uint32(f.Shards)), f.Shards), path)
}

// shardName is the i-th of n JSON Lines files in dir.
func shardName(dir string, i, n int) string {
	return joinPath(dir, fmt.Sprintf("parley-%05d-of-%05d.jsonl", i, n))
}

// writeShardFn extracts the inputs of one JSON Lines file, in path order,
// and streams their lines into it, so that the articles' JSON never passes
// through the runner and a worker holds one document at a time. The
// shard is the unit of work: a retried shard is extracted again and its
// file rewritten whole.
type writeShardFn struct {
	extractor
}

func (f *writeShardFn) Setup() error { return f.setup() }

func (f *writeShardFn) Teardown() { f.fs.close() }

func (f *writeShardFn) ProcessElement(ctx context.Context, name string, paths func(*string) bool, emitDead func(string)) error {
	all := sortedValues(paths)
	var ok int64
	var dead []string
	err := f.fs.writeFileWith(ctx, name, func(w io.Writer) error {
		ok, dead = 0, dead[:0]
		bw := bufio.NewWriterSize(w, 64<<10)
		for _, p := range all {
			_, line, d := f.one(ctx, p, true)
			if err := ctx.Err(); err != nil {
				return err // the bundle was cancelled
			}
			if d != nil {
				dead = append(dead, d.line())
				continue
			}
			ok++
			if _, err := bw.Write(line); err != nil {
				return err
			}
		}
		return bw.Flush()
	})
	if err != nil {
		return err
	}
	docsOK.Inc(ctx, ok)
	docsFailed.Inc(ctx, int64(len(dead)))
	for _, d := range dead {
		emitDead(d)
	}
	return nil
}

// deadFn keys each dead letter by the dead-letter file.
type deadFn struct {
	File string
}

func (f *deadFn) ProcessElement(line string, emit func(string, string)) {
	emit(f.File, line)
}

// sortedValues is a group's values, sorted, without filesFn's empty ones.
func sortedValues(values func(*string) bool) []string {
	var all []string
	var v string
	for values(&v) {
		if v != "" {
			all = append(all, v)
		}
	}
	slices.Sort(all)
	return all
}

// filesFn emits each of Files with an empty value, so that every file is
// written, an empty shard or an empty dead-letter file included.
type filesFn struct {
	Files []string
}

func (f *filesFn) ProcessElement(_ []byte, emit func(string, string)) {
	for _, name := range f.Files {
		emit(name, "")
	}
}

// writeLinesFn writes one file from its lines, sorted so that the file
// does not depend on the order they arrived in (for the dead letters,
// which are few).
type writeLinesFn struct {
	fs fileSystems
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, name string, lines func(*string) bool) error {
	return f.fs.writeFile(ctx, name, []byte(strings.Join(sortedValues(lines), "")))
}

func (f *writeLinesFn) Teardown() { f.fs.close() }
