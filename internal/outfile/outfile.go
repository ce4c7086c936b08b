// Package outfile writes output files atomically: readers see either the
// old file or the complete new one, never a partial write. The temporary
// files it writes are named after the process that writes them, so that
// a later run can tell and remove those of a run that was killed.
package outfile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Write writes data to path through a temporary file in the same
// directory, renamed over path once complete. The temporary file is
// removed on failure. The file gets mode 0644.
// Write does not fsync: it guards against partial files seen by readers
// and interrupted runs, not against power loss.
func Write(path string, data []byte) error {
	return WriteFunc(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFunc is Write of what write writes, for output too long to hold in
// memory at once.
func WriteFunc(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// tempPattern names the temporary file for base: ".<base>.<pid>-<random>.tmp".
func tempPattern(base string) string {
	return "." + base + "." + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// tempPID returns the process id in a temporary file name that Write
// makes, and whether name is one.
func tempPID(name string) (int, bool) {
	rest, ok := strings.CutSuffix(name, ".tmp")
	if !ok || !strings.HasPrefix(rest, ".") {
		return 0, false
	}
	dot := strings.LastIndexByte(rest, '.')
	if dot <= 0 {
		return 0, false
	}
	pid, random, ok := strings.Cut(rest[dot+1:], "-")
	if !ok || random == "" || strings.Trim(random, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// RemoveStale removes from dir the temporary files that Write left
// behind in a process that is no longer running (killed before it could
// clean up), and returns how many it removed. Those of running processes,
// this one included, are left alone: another run may be writing into the
// same folder.
func RemoveStale(dir string) (int, error) {
	f, err := os.Open(dir)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	removed := 0
	for {
		names, err := f.Readdirnames(1024)
		for _, name := range names {
			pid, ok := tempPID(name)
			if !ok || pid == os.Getpid() || processRunning(pid) {
				continue
			}
			if os.Remove(filepath.Join(dir, name)) == nil {
				removed++
			}
		}
		if err == io.EOF {
			return removed, nil
		}
		if err != nil {
			return removed, err
		}
	}
}
