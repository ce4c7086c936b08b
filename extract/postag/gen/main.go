// Command gen converts prose's averaged-perceptron tagger model into
// extract/postag/model.bin (format in ../doc.go). It reads the gob files
// and the emoticon list from prose's source in the module cache:
//
//	go generate ./extract/postag
package main

import (
	"bytes"
	"cmp"
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
	version = 2
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

// Feature kinds with one word value, in model.bin's order (doc.go): the
// features of a neighbour's word come first, as most lookups want only them.
var kinds = []string{
	"i-1 word", "i-2 word", "i+1 word", "i+2 word", "i-1 suffix", "i+1 suffix",
	"i word", "i suffix", "i pref1",
}

const (
	tagWord  = "i-1 tag+i word" // listed by tag in the entry of its word
	prevTag  = "i-1 tag"
	prev2Tag = "i-2 tag"
	tagPair  = "i tag+i-2 tag"
)

// vec is one feature's weights: classes ascending, weights in thousandths.
type vec struct {
	cls []byte
	ws  []int32
}

// Scores are summed three classes to a uint64 (doc.go): class c lives in
// lane c%3, 21 bits wide, of word c/3. A sum of prose's 14 features must
// fit a lane, which encode checks.
const (
	laneBits  = 21
	maxLane   = 1<<(laneBits-2) - 1 // the lane's guard bit and laneBias take two
	maxWords  = 16                  // lane bits 4*word+lane must fit a uint64 mask
	dense     = 255
	denseFrom = 8 // a weight list this long or longer is stored dense
)

// numWords is the number of uint64 words the classes need; a dense weight
// list always has maxWords.
var numWords int

// laneBit is class c's bit in a class mask: 4*(c/3) + c%3.
func laneBit(c byte) byte { return c/3*4 + c%3 }

// append encodes v: u8 n, then n × u32 (weight<<8 | laneBit) when sparse,
// or for n = 255 the u64 class mask and maxWords u64 lane words.
func (v *vec) append(b []byte) []byte {
	if v == nil {
		return append(b, 0)
	}
	if len(v.cls) < denseFrom {
		b = append(b, byte(len(v.cls)))
		for j, c := range v.cls {
			b = binary.LittleEndian.AppendUint32(b, uint32(v.ws[j])<<8|uint32(laneBit(c)))
		}
		return b
	}
	var mask uint64
	words := make([]uint64, maxWords)
	for j, c := range v.cls {
		mask |= 1 << laneBit(c)
		words[c/3] += uint64(int64(v.ws[j]) << (laneBits * (c % 3)))
	}
	b = append(b, dense)
	b = binary.LittleEndian.AppendUint64(b, mask)
	for _, w := range words {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	return b
}

// word is what model.bin's vocabulary holds about one string.
type word struct {
	dict     int // class + 1, or 0
	emoticon bool
	kinds    []*vec       // by kinds' index
	byTag    map[int]*vec // "i-1 tag+i word", by tag index
}

func encode(m *model, emo []string) ([]byte, error) {
	numWords = (len(m.classes) + 2) / 3
	if numWords > maxWords {
		return nil, fmt.Errorf("%d classes: at most %d fit the score bitmask", len(m.classes), 3*maxWords)
	}
	class := map[string]int{}
	for i, c := range m.classes {
		class[c] = i
	}
	vecs := map[string]*vec{}
	var maxAbs int32
	for _, f := range sortedKeys(m.weights) {
		v, err := toVec(f, m.weights[f], m.classes, class)
		if err != nil {
			return nil, err
		}
		vecs[f] = v
		for _, w := range v.ws {
			maxAbs = max(maxAbs, w, -w)
		}
	}
	if 14*int64(maxAbs) > maxLane {
		return nil, fmt.Errorf("weights up to %d: a sum of 14 may not fit a %d-bit lane", maxAbs, laneBits)
	}

	// The tags: the classes, the two sentence starts, then any other tag
	// a feature names.
	tags := append(slices.Clone(m.classes), "-START-", "-START2-")
	tagIdx := map[string]int{}
	for i, t := range tags {
		tagIdx[t] = i
	}
	var extra []string
	noteTag := func(t string) {
		if _, ok := tagIdx[t]; !ok && !slices.Contains(extra, t) {
			extra = append(extra, t)
		}
	}
	words := map[string]*word{}
	wordOf := func(s string) *word {
		w := words[s]
		if w == nil {
			w = &word{kinds: make([]*vec, len(kinds)), byTag: map[int]*vec{}}
			words[s] = w
		}
		return w
	}
	type tagged struct {
		tag, word string
		v         *vec
	}
	var tws []tagged
	var pairs [][3]string
	for _, f := range sortedKeys(vecs) {
		if f == "bias" {
			continue
		}
		name, val, ok := featureName(f)
		if !ok {
			return nil, fmt.Errorf("feature %q: unknown name", f)
		}
		switch k := slices.Index(kinds, name); {
		case k >= 0:
			wordOf(val).kinds[k] = vecs[f]
		case name == prevTag || name == prev2Tag:
			noteTag(val)
		case name == tagWord || name == tagPair:
			t, rest, ok := strings.Cut(val, " ")
			if !ok {
				return nil, fmt.Errorf("feature %q: one value, want two", f)
			}
			noteTag(t)
			if name == tagWord {
				tws = append(tws, tagged{t, rest, vecs[f]})
				continue
			}
			if strings.Contains(rest, " ") {
				return nil, fmt.Errorf("feature %q: a tag with a space", f)
			}
			noteTag(rest)
			pairs = append(pairs, [3]string{t, rest, f})
		}
	}
	slices.Sort(extra)
	for _, t := range extra {
		tagIdx[t] = len(tags)
		tags = append(tags, t)
	}
	if len(tags) > 254 {
		return nil, fmt.Errorf("%d tags: at most 254 fit a byte beside the unknown tag", len(tags))
	}
	for _, tw := range tws {
		wordOf(tw.word).byTag[tagIdx[tw.tag]] = tw.v
	}
	for _, w := range sortedKeys(m.tags) {
		c, ok := class[m.tags[w]]
		if !ok {
			return nil, fmt.Errorf("tag %q of %q is not a class", m.tags[w], w)
		}
		wordOf(w).dict = c + 1
	}
	for _, e := range emo {
		wordOf(e).emoticon = true
	}

	var b bytes.Buffer
	b.WriteString(magic)
	u32(&b, version)
	for _, l := range [][]string{m.classes, tags[len(m.classes):], append(slices.Clone(kinds), tagWord)} {
		if err := strList(&b, l); err != nil {
			return nil, err
		}
	}

	// Tag-only features: bias, then per tag "i-1 tag" and "i-2 tag", then
	// the pairs.
	var t []byte
	t = vecs["bias"].append(t)
	for _, tag := range tags {
		t = vecs[prevTag+" "+tag].append(t)
		t = vecs[prev2Tag+" "+tag].append(t)
	}
	t = binary.LittleEndian.AppendUint32(t, uint32(len(pairs)))
	for _, p := range pairs {
		t = append(t, byte(tagIdx[p[0]]), byte(tagIdx[p[1]]))
		t = vecs[p[2]].append(t)
	}
	b.Write(t)

	keys := sortedKeys(words)
	ents := make([][]byte, len(keys))
	for i, k := range keys {
		e, err := words[k].entry(k)
		if err != nil {
			return nil, err
		}
		ents[i] = e
	}
	writeTable(&b, keys, ents)
	return b.Bytes(), nil
}

// featureName splits a feature key into prose's feature name and value.
func featureName(f string) (name, val string, ok bool) {
	for _, n := range append(slices.Clone(kinds), tagWord, prevTag, prev2Tag, tagPair) {
		if v, ok := strings.CutPrefix(f, n+" "); ok {
			return n, v, true
		}
	}
	return "", "", false
}

// toVec converts one feature's weights.
func toVec(f string, ws map[string]float64, classes []string, class map[string]int) (*vec, error) {
	if len(ws) > 255 {
		return nil, fmt.Errorf("feature %q: weight list too long", f)
	}
	var v vec
	for c := range ws {
		i, ok := class[c]
		if !ok {
			return nil, fmt.Errorf("feature %q: weight for unknown class %q", f, c)
		}
		v.cls = append(v.cls, byte(i))
	}
	slices.Sort(v.cls)
	for _, c := range v.cls {
		w := ws[classes[c]]
		k := math.Round(w * scale)
		if math.Abs(k/scale-w) > 1e-9 || math.Abs(k) > math.MaxInt32 {
			return nil, fmt.Errorf("feature %q class %s: weight %v is not a whole number of thousandths", f, classes[c], w)
		}
		v.ws = append(v.ws, int32(k))
	}
	return &v, nil
}

// entry encodes a vocabulary entry (doc.go): key, dict class, flags, the
// mask of kinds present, their u16 offsets, then their weights.
func (w *word) entry(key string) ([]byte, error) {
	if len(key) > 255 {
		return nil, fmt.Errorf("word %q longer than 255 bytes", key)
	}
	e := append([]byte{byte(len(key))}, key...)
	flags := byte(0)
	if w.emoticon {
		flags |= 1
	}
	e = append(e, byte(w.dict), flags)
	var mask uint16
	var present []int
	for k, v := range w.kinds {
		if v != nil {
			mask |= 1 << k
			present = append(present, k)
		}
	}
	if len(w.byTag) > 0 {
		mask |= 1 << len(kinds)
		present = append(present, len(kinds))
	}
	e = binary.LittleEndian.AppendUint16(e, mask)
	offs := len(e)
	e = append(e, make([]byte, 2*len(present))...)
	for j, k := range present {
		binary.LittleEndian.PutUint16(e[offs+2*j:], uint16(len(e)))
		if k < len(kinds) {
			e = w.kinds[k].append(e)
			continue
		}
		// By tag: u8 n, n tags ascending, n u16 offsets from the n, the
		// weights.
		tags := sortedKeys(w.byTag)
		l := len(e)
		e = append(e, byte(len(tags)))
		for _, t := range tags {
			e = append(e, byte(t))
		}
		to := len(e)
		e = append(e, make([]byte, 2*len(tags))...)
		for i, t := range tags {
			binary.LittleEndian.PutUint16(e[to+2*i:], uint16(len(e)-l))
			e = w.byTag[t].append(e)
		}
	}
	if len(e) > math.MaxUint16 {
		return nil, fmt.Errorf("entry of %q: %d bytes, more than u16 offsets reach", key, len(e))
	}
	return e, nil
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
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
// factor at most 0.7) over keys, whose entries are ents, then the blob. A
// slot is the hash's high 32 bits and the entry's blob offset + 1.
func writeTable(b *bytes.Buffer, keys []string, ents [][]byte) {
	n := 1
	for 7*n < 10*len(keys) {
		n <<= 1
	}
	slots := make([]byte, 8*n)
	var blob []byte
	for i, k := range keys {
		h := fnv1a(k)
		j := h & uint64(n-1)
		for binary.LittleEndian.Uint32(slots[8*j+4:]) != 0 {
			j = (j + 1) & uint64(n-1)
		}
		binary.LittleEndian.PutUint32(slots[8*j:], uint32(h>>32))
		binary.LittleEndian.PutUint32(slots[8*j+4:], uint32(len(blob)+1))
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
