package job

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/parley-nlp/parley/pipeline"
)

// fileSystems keeps one Beam filesystem per scheme for a DoFn instance:
// some (gs://) are a client that is costly to make per file.
type fileSystems map[string]filesystem.Interface

func (f *fileSystems) get(ctx context.Context, name string) (filesystem.Interface, error) {
	scheme := schemeOf(name)
	if fsys, ok := (*f)[scheme]; ok {
		return fsys, nil
	}
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	if *f == nil {
		*f = fileSystems{}
	}
	(*f)[scheme] = fsys
	return fsys, nil
}

func (f *fileSystems) close() {
	for _, fsys := range *f {
		fsys.Close()
	}
	*f = nil
}

// schemeOf is name's scheme ("gs" for gs://b/o), "" for a local path.
func schemeOf(name string) string {
	if i := strings.Index(name, "://"); i > 0 {
		return name[:i]
	}
	return ""
}

// joinPath joins a folder and a file name with "/", which every Beam
// filesystem accepts (a local path on Linux, and object names).
func joinPath(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// writeFile writes data to name whole (see writeFileWith).
func (f *fileSystems) writeFile(ctx context.Context, name string, data []byte) error {
	return f.writeFileWith(ctx, name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeFileWith writes name whole with write. On a local disk it writes
// a temporary file beside name and renames it into place, so that a reader
// or a retried bundle never sees part of a file; object stores publish an
// object only when its writer is closed, so there it writes name directly.
func (f *fileSystems) writeFileWith(ctx context.Context, name string, write func(io.Writer) error) error {
	fsys, err := f.get(ctx, name)
	if err != nil {
		return err
	}
	renamer, local := fsys.(filesystem.Renamer)
	local = local && schemeOf(name) == ""
	dst := name
	if local {
		var r [8]byte
		rand.Read(r[:])
		dir, base := path.Split(name)
		dst = dir + "." + base + "." + hex.EncodeToString(r[:]) + ".tmp"
	}
	if err := writeTo(ctx, fsys, dst, write); err != nil {
		if local {
			removeQuietly(ctx, fsys, dst)
		}
		return err
	}
	if local {
		if err := renamer.Rename(ctx, dst, name); err != nil {
			removeQuietly(ctx, fsys, dst)
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}

func writeTo(ctx context.Context, fsys filesystem.Interface, name string, write func(io.Writer) error) error {
	w, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	err = write(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

func removeQuietly(ctx context.Context, fsys filesystem.Interface, name string) {
	if r, ok := fsys.(filesystem.Remover); ok {
		r.Remove(ctx, name)
	}
}

// read reads one article of at most MaxBytes (no bound if MaxBytes <= 0).
// A local path that is not a regular file is refused unread, since
// opening a FIFO blocks until something writes to it, and so is a local
// file larger than the bound.
func (f *extractor) read(ctx context.Context, name string) ([]byte, error) {
	limit := int64(f.MaxBytes)
	size := int64(-1)
	if schemeOf(name) == "" {
		fi, err := os.Stat(name)
		switch {
		case err != nil:
			return nil, err
		case fi.IsDir():
			return nil, errors.New("is a directory")
		case !fi.Mode().IsRegular():
			return nil, errors.New("not a regular file, not read")
		case limit > 0 && fi.Size() > limit:
			return nil, pipeline.TooLarge(name, fi.Size(), f.MaxBytes)
		}
		size = fi.Size()
	}
	fsys, err := f.fs.get(ctx, name)
	if err != nil {
		return nil, err
	}
	rc, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := io.Reader(rc)
	if limit > 0 {
		r = io.LimitReader(rc, limit+1)
	}
	// Sized from Stat where there is one, so that a file is read in one
	// call plus the one that sees its end.
	buf := bytes.NewBuffer(make([]byte, 0, max(size, 0)+bytes.MinRead))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if limit > 0 && int64(buf.Len()) > limit {
		return nil, pipeline.TooLarge(name, -1, f.MaxBytes) // the rest is not read
	}
	return buf.Bytes(), nil
}
