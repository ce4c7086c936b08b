package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// readInput reads one article: path "-" is stdin. A file larger than
// pipeline.MaxInputBytes is rejected without being read.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, pipeline.MaxInputBytes+1))
		if err != nil {
			return nil, fmt.Errorf("<stdin>: %w", err)
		}
		return data, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory (use parley batch for folders)", path)
	}
	if fi.Size() > pipeline.MaxInputBytes {
		return nil, &pipeline.InputError{Path: path, Offset: -1,
			Reason: fmt.Sprintf("input is %d bytes, more than the %d allowed", fi.Size(), pipeline.MaxInputBytes)}
	}
	// Sized from Stat, so a file is read in one call plus the one that
	// sees EOF (io.ReadAll would start at 512 bytes and grow).
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(fh, pipeline.MaxInputBytes+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return buf.Bytes(), nil
}

// process runs the whole pipeline on one input.
func process(ctx context.Context, stages []pipeline.Stage, path string, data []byte) (*pipeline.Document, error) {
	doc, err := pipeline.NewDocument(path, data)
	if err != nil {
		return nil, err
	}
	if err := pipeline.Run(ctx, doc, stages); err != nil {
		return nil, err
	}
	return doc, nil
}

// describe is the one-line message for a failed document: it names the
// file, and for bad input the line, byte offset and reason.
func describe(path string, err error) string {
	var ie *pipeline.InputError
	if errors.As(err, &ie) {
		return ie.Error() // path:line: byte N: reason
	}
	var se *pipeline.StageError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s: %v", displayPath(path), se)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s: %v", pe.Path, pe.Err)
	}
	if strings.HasPrefix(err.Error(), displayPath(path)) {
		return err.Error()
	}
	return fmt.Sprintf("%s: %v", displayPath(path), err)
}

func displayPath(p string) string {
	if p == "-" || p == "" {
		return "<stdin>"
	}
	return p
}

// expandInputs turns batch arguments into files: a directory stands for
// its *.txt files (not recursive), a pattern with * ? or [ for its matches,
// anything else for itself. Each group is sorted by name; a pattern that
// matches nothing is a usage error.
func expandInputs(args []string) (*inputList, error) {
	files := &inputList{}
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			txt, err := dirTexts(a)
			if err != nil {
				return nil, err
			}
			for _, name := range txt {
				files.add(filepath.Join(a, name))
			}
			continue
		}
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, &usageError{fmt.Errorf("bad pattern %q: %w", a, err)}
			}
			if len(m) == 0 {
				return nil, &usageError{fmt.Errorf("no files match %q", a)}
			}
			sort.Strings(m)
			for _, p := range m {
				files.add(p)
			}
			continue
		}
		files.add(a)
	}
	return files, nil
}

// dirTexts is the names of dir's *.txt files (not directories), sorted.
// It reads the directory in chunks and keeps only the names, so that
// listing a folder of 100,000 articles does not raise the batch's peak
// memory.
func dirTexts(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	for {
		ents, err := f.ReadDir(1024)
		for _, e := range ents {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
				names = append(names, e.Name())
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(names)
	return names, nil
}

// outputNames maps inputs to <dir>/<id>.json; claim fails when an earlier
// input of the same run already took that id.
type outputNames struct {
	dir  string
	seen map[string]string // id -> input path
}

func newOutputNames(dir string) *outputNames {
	return &outputNames{dir: dir, seen: map[string]string{}}
}

func (o *outputNames) claim(path string) (string, error) {
	id := pipeline.IDFromPath(path)
	if prev, ok := o.seen[id]; ok {
		return "", duplicateID(path, prev)
	}
	o.seen[id] = path
	return outputPath(o.dir, path), nil
}

// outputPath is where the output for input path goes: <dir>/<id>.json.
func outputPath(dir, path string) string {
	return filepath.Join(dir, pipeline.IDFromPath(path)+".json")
}

func duplicateID(path, prev string) error {
	id := pipeline.IDFromPath(path)
	return fmt.Errorf("%s: article id %q is also the id of %s; both would write %s.json", displayPath(path), id, displayPath(prev), id)
}
