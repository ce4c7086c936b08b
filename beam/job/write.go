package job

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"slices"
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

// shardFn keys each JSON Lines line by the shard file it goes to, chosen
// by a hash of the article id so that it does not depend on scheduling.
type shardFn struct {
	Dir    string
	Shards int
}

func (f *shardFn) ProcessElement(id string, line []byte, emit func(string, []byte)) {
	h := fnv.New32a()
	h.Write([]byte(id))
	emit(shardName(f.Dir, int(h.Sum32()%uint32(f.Shards)), f.Shards), line)
}

// shardName is the i-th of n JSON Lines files in dir.
func shardName(dir string, i, n int) string {
	return joinPath(dir, fmt.Sprintf("parley-%05d-of-%05d.jsonl", i, n))
}

// deadFn keys each dead letter by the dead-letter file.
type deadFn struct {
	File string
}

func (f *deadFn) ProcessElement(line string, emit func(string, []byte)) {
	emit(f.File, []byte(line))
}

// filesFn emits each of Files with no line, so that every file is written,
// an empty shard or an empty dead-letter file included.
type filesFn struct {
	Files []string
}

func (f *filesFn) ProcessElement(_ []byte, emit func(string, []byte)) {
	for _, name := range f.Files {
		emit(name, nil)
	}
}

// writeLinesFn writes one file from its lines, sorted so that the file
// does not depend on the order they arrived in. The lines of one file are
// held in memory to be sorted: choose --shards so that a shard fits.
type writeLinesFn struct {
	fs fileSystems
}

func (f *writeLinesFn) ProcessElement(ctx context.Context, name string, lines func(*[]byte) bool) error {
	var all [][]byte
	size := 0
	var line []byte
	for lines(&line) {
		if len(line) > 0 { // the empty line of filesFn
			all = append(all, line)
			size += len(line)
		}
	}
	slices.SortFunc(all, bytes.Compare)
	buf := make([]byte, 0, size)
	for _, l := range all {
		buf = append(buf, l...)
	}
	return f.fs.writeFile(ctx, name, buf)
}

func (f *writeLinesFn) Teardown() { f.fs.close() }
