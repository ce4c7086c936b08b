package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Load reads documents from files and folders, as the referee does: a
// .json file holds one object, a .jsonl file one object a line (blank
// lines skipped); a folder stands for its .json and .jsonl files, sorted
// by name (not recursive). Errors name the file and, for JSON Lines, the
// line.
func Load(paths ...string) ([]Doc, error) {
	var docs []Doc
	for _, p := range paths {
		files := []string{p}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if fi.IsDir() {
			if files, err = listDir(p); err != nil {
				return nil, err
			}
		}
		for _, f := range files {
			ds, err := loadFile(f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, ds...)
		}
	}
	return docs, nil
}

func listDir(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range ents {
		if n := e.Name(); strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".jsonl") {
			files = append(files, filepath.Join(dir, n))
		}
	}
	sort.Strings(files)
	return files, nil
}

func loadFile(f string) ([]Doc, error) {
	data, err := os.ReadFile(f)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(f, ".jsonl") {
		d, err := decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		return []Doc{d}, nil
	}
	var docs []Doc
	data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	for i, l := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		d, err := decode(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", f, i+1, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func decode(b []byte) (Doc, error) {
	var d Doc
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, err
	}
	if d == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	return d, nil
}
