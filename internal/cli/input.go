package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/pipeline"
)

// readInput reads one article of at most pipeline.MaxInputBytes: path "-"
// is stdin.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	return readInputMax(path, stdin, pipeline.MaxInputBytes)
}

// readInputMax reads one article of at most max bytes: path "-" is stdin.
// A file larger than max is rejected without being read, and so is
// anything but a regular file: a FIFO or a device could block the read
// for good.
func readInputMax(path string, stdin io.Reader, max int) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, int64(max)+1))
		if err != nil {
			return nil, fmt.Errorf("<stdin>: %w", err)
		}
		if len(data) > max {
			return nil, pipeline.TooLarge(path, -1, max) // the rest is not read
		}
		return data, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory (parley batch DIR reads the *.txt files of one)", path)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s), not read", path, fileKind(fi.Mode()))
	}
	if fi.Size() > int64(max) {
		return nil, pipeline.TooLarge(path, fi.Size(), max)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	// Sized from Stat, so a file is read in one call plus the one that
	// sees EOF (io.ReadAll would start at 512 bytes and grow).
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(fh, int64(max)+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if buf.Len() > max { // it grew since Stat
		return nil, pipeline.TooLarge(path, -1, max)
	}
	return buf.Bytes(), nil
}

// fileKind names a file mode that is not a regular file's.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// process runs the whole pipeline on one input of at most
// pipeline.MaxInputBytes.
func process(ctx context.Context, stages []pipeline.Stage, path string, data []byte) (*pipeline.Document, error) {
	return processMax(ctx, stages, path, data, pipeline.MaxInputBytes)
}

// processOrStop is processMax, but returns as soon as stop is closed (the
// run is ending: a signal, or a batch's output error) rather than when the
// stage at work next looks at ctx, which for one sentence of many
// megabytes can be seconds later. The pipeline is then left to run out in
// its goroutine, its document dropped; the process is about to exit.
func processOrStop(ctx context.Context, stop <-chan struct{}, stages []pipeline.Stage, path string, data []byte, max int) (*pipeline.Document, error) {
	type result struct {
		doc *pipeline.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := processMax(ctx, stages, path, data, max)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-stop:
		return nil, context.Canceled
	}
}

// processMax is process for an input of at most max bytes.
func processMax(ctx context.Context, stages []pipeline.Stage, path string, data []byte, max int) (*pipeline.Document, error) {
	doc, err := pipeline.NewDocumentMax(path, data, max)
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
	var te *timeoutError
	if errors.As(err, &te) {
		return fmt.Sprintf("%s: %v", displayPath(path), te)
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
// "-" for the paths read from stdin (one a line, taken as they are),
// anything else for itself. Each group is sorted by name, but for stdin's,
// kept in its order. A directory or pattern that stands for no file, and
// no input at all, are usage errors.
func expandInputs(args []string, stdin io.Reader) (*inputList, error) {
	files := &inputList{}
	readStdin := false
	for _, a := range args {
		if a == "-" {
			if readStdin {
				return nil, &usageError{errors.New(`"-" given twice: standard input holds one list of paths`)}
			}
			readStdin = true
			if err := readPaths(files, stdin); err != nil {
				return nil, err
			}
			continue
		}
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			txt, err := dirTexts(a)
			if err != nil {
				return nil, err
			}
			if len(txt) == 0 {
				return nil, &usageError{fmt.Errorf("no *.txt files in %s", a)}
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
	if files.len() == 0 {
		return nil, &usageError{errors.New("no input files (standard input listed no paths)")}
	}
	return files, nil
}

// readPaths adds the paths listed in r, one a line (a \r before the \n is
// dropped, blank lines are skipped).
func readPaths(files *inputList, r io.Reader) error {
	if r == nil {
		return &usageError{errors.New("no standard input to read paths from")}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		if p := strings.TrimSuffix(sc.Text(), "\r"); p != "" {
			files.add(p)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading paths from standard input: %w", err)
	}
	return nil
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
