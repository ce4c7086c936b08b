// Command gen converts prose's averaged-perceptron tagger model into
// extract/postag/model.bin (format in ../doc.go). It reads the gob files
// and the emoticon list from prose's source in the module cache:
//
//	go generate ./extract/postag
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const (
	magic   = "PTAG"
	version = 1
	scale   = 1000 // weights are stored as integer thousandths
)

func main() {
	out := flag.String("o", "model.bin", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	dir, err := proseDir()
	if err != nil {
		return err
	}
	m, err := readModel(filepath.Join(dir, "model", "AveragedPerceptron"))
	if err != nil {
		return err
	}
	emo, err := readEmoticons(filepath.Join(dir, "tokenize.go"))
	if err != nil {
		return err
	}
	bin, err := encode(m, emo)
	if err != nil {
		return err
	}
	return os.WriteFile(out, bin, 0o644)
}

func proseDir() (string, error) {
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2")
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("locating prose: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

type model struct {
	classes []string
	tags    map[string]string
	weights map[string]map[string]float64
}

func readModel(dir string) (*model, error) {
	var m model
	for _, f := range []struct {
		name string
		v    any
	}{{"classes.gob", &m.classes}, {"tags.gob", &m.tags}, {"weights.gob", &m.weights}} {
		r, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			return nil, err
		}
		err = gob.NewDecoder(r).Decode(f.v)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return &m, nil
}

// readEmoticons returns the keys of prose's unexported emoticons map.
func readEmoticons(path string) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "emoticons" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if bl, ok := kv.Key.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					out = append(out, s)
				}
			}
		}
		return false
	})
	if len(out) == 0 {
		return nil, errors.New("no emoticons found in " + path)
	}
	slices.Sort(out)
	return out, nil
}

func encode(m *model, emo []string) ([]byte, error) {
	if len(m.classes) > 64 {
		return nil, fmt.Errorf("%d classes: at most 64 fit the score bitmask", len(m.classes))
	}
	class := map[string]int{}
	for i, c := range m.classes {
		class[c] = i
	}
	var b bytes.Buffer
	b.WriteString(magic)
	u32(&b, version)
	if err := strList(&b, m.classes); err != nil {
		return nil, err
	}
	if err := strList(&b, emo); err != nil {
		return nil, err
	}

	// Tag dictionary: entry = key length, class, key.
	words := sortedKeys(m.tags)
	var dict [][]byte
	for _, w := range words {
		c, ok := class[m.tags[w]]
		if !ok {
			return nil, fmt.Errorf("tag %q of %q is not a class", m.tags[w], w)
		}
		if len(w) > 255 {
			return nil, fmt.Errorf("word %q longer than 255 bytes", w)
		}
		dict = append(dict, append([]byte{byte(len(w)), byte(c)}, w...))
	}
	writeTable(&b, words, dict)

	// Features: entry = key length, n, key, n classes, n int32 weights.
	feats := sortedKeys(m.weights)
	var ents [][]byte
	for _, f := range feats {
		ws := m.weights[f]
		if len(f) > 255 || len(ws) > 255 {
			return nil, fmt.Errorf("feature %q: key or weight list too long", f)
		}
		cs := make([]int, 0, len(ws))
		for c := range ws {
			i, ok := class[c]
			if !ok {
				return nil, fmt.Errorf("feature %q: weight for unknown class %q", f, c)
			}
			cs = append(cs, i)
		}
		slices.Sort(cs)
		e := append([]byte{byte(len(f)), byte(len(cs))}, f...)
		for _, c := range cs {
			e = append(e, byte(c))
		}
		for _, c := range cs {
			w := ws[m.classes[c]]
			k := math.Round(w * scale)
			if math.Abs(k/scale-w) > 1e-9 || math.Abs(k) > math.MaxInt32 {
				return nil, fmt.Errorf("feature %q class %s: weight %v is not a whole number of thousandths", f, m.classes[c], w)
			}
			e = binary.LittleEndian.AppendUint32(e, uint32(int32(k)))
		}
		ents = append(ents, e)
	}
	writeTable(&b, feats, ents)
	return b.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func u32(b *bytes.Buffer, v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }

func strList(b *bytes.Buffer, ss []string) error {
	u32(b, uint32(len(ss)))
	for _, s := range ss {
		if len(s) > 255 {
			return fmt.Errorf("string %q longer than 255 bytes", s)
		}
		b.WriteByte(byte(len(s)))
		b.WriteString(s)
	}
	return nil
}

// writeTable writes an open-addressing hash table (linear probing, load
// factor at most 0.7) over keys, whose entries are ents, then the blob.
func writeTable(b *bytes.Buffer, keys []string, ents [][]byte) {
	n := 1
	for 7*n < 10*len(keys) {
		n <<= 1
	}
	slots := make([]byte, 12*n)
	var blob []byte
	for i, k := range keys {
		h := fnv1a(k)
		j := h & uint64(n-1)
		for binary.LittleEndian.Uint32(slots[12*j+8:]) != 0 {
			j = (j + 1) & uint64(n-1)
		}
		binary.LittleEndian.PutUint64(slots[12*j:], h)
		binary.LittleEndian.PutUint32(slots[12*j+8:], uint32(len(blob)+1))
		blob = append(blob, ents[i]...)
	}
	u32(b, uint32(n))
	u32(b, uint32(len(blob)))
	b.Write(slots)
	b.Write(blob)
}

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
