package job

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

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

	line bytes.Buffer // one document's line, reused
}

func (f *writeShardFn) Setup() error { return f.setup() }

func (f *writeShardFn) Teardown() { f.fs.close() }

func (f *writeShardFn) ProcessElement(ctx context.Context, name string, paths func(*string) bool, emitDead func(string)) error {
	all := sortedValues(paths)
	var ok int64
	var dead []string
	err := f.fs.writeFileWith(ctx, name, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		for _, p := range all {
			doc, d := f.one(ctx, p)
			if err := ctx.Err(); err != nil {
				return err // the bundle was cancelled
			}
			if d == nil {
				// Whole lines only: a panic in the encoder must not leave
				// half a line in the shard.
				f.line.Reset()
				d, _ = encodeGuarded(p, func() error { return pipeline.EncodeTo(&f.line, doc, true) })
			}
			if d != nil {
				dead = append(dead, d.line())
				continue
			}
			ok++
			if _, err := bw.Write(f.line.Bytes()); err != nil {
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
