package extract

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/parley-nlp/parley/extract/internal/text"
)

//go:embed lexicon
var lexiconFS embed.FS

// GazEntry is one gazetteer referent.
type GazEntry struct {
	Type      string
	Canonical string
}

// Lexicon is the knowledge the stages share: built once per process and
// read-only afterwards, so one Lexicon serves any number of goroutines.
// Keys are folded with text.Fold.
type Lexicon struct {
	Abbrev     map[string]bool
	Gazetteer  map[string]GazEntry // surface form -> referent
	Acronyms   map[string]bool     // gazetteer keys written in capitals: match only so
	GazMax     int                 // longest gazetteer name, in words
	Demonyms   map[string]string   // NORP word -> place canonical ("" for groups)
	Titles     map[string]bool     // title phrases
	TitleMax   int                 // longest title phrase, in words
	TitleWords map[string]bool
	Cues       map[string][]Cue  // first word -> cue phrases starting with it
	Reporting  map[string]bool   // reporting verb forms
	Heads      map[string]string // last word of a name -> its type
	TitleHeads map[string]bool   // last words of title phrases

	canonFolds map[string]string // text.Fold of each gazetteer canonical name

	// The gazetteer, nationality and title phrases, their word-aligned
	// starts and ends, and the word lists, merged for one lookup per
	// word or phrase (wordinfo.go, gazindex.go).
	words           map[string]wordInfo
	gazEnts         []GazEntry       // the gazetteer's referents, by gazInfo.ref
	canonFoldsByRef []string         // foldCanonical of gazEnts' canonical names
	wordBloom       *text.WordFilter // the words' filter

	// The cue index of the quote stage and the classifier (cueIndexOf).
	cues struct {
		once sync.Once
		x    *cueIndex
	}
}

// Cue is a classification cue phrase.
type Cue struct {
	Label  string
	Words  []string
	Weight float64
}

// LoadLexicon reads the embedded lexicons, then each extra gazetteer file
// (the gazetteer's format) in order; later entries win.
func LoadLexicon(extra ...NamedReader) (*Lexicon, error) {
	// The gazetteer's maps start at about the embedded gazetteer's size
	// (4,070 entries, 6,700 names) rather than growing through every size.
	lx := &Lexicon{
		Abbrev: map[string]bool{}, Gazetteer: make(map[string]GazEntry, 8192), Acronyms: map[string]bool{}, Demonyms: map[string]string{},
		canonFolds: make(map[string]string, 4096),
		Titles:     map[string]bool{}, TitleWords: map[string]bool{}, Cues: map[string][]Cue{}, Reporting: map[string]bool{}, Heads: map[string]string{}, TitleHeads: map[string]bool{},
	}
	loaders := []struct {
		file string
		fn   func(lx *Lexicon, f []string) error
	}{
		{"abbrev.txt", func(lx *Lexicon, f []string) error { lx.Abbrev[text.Fold(f[0])] = true; return nil }},
		{"gazetteer.tsv", (*Lexicon).addGaz},
		{"demonyms.tsv", (*Lexicon).addDemonym},
		{"titles.txt", (*Lexicon).addTitle},
		{"title_words.txt", func(lx *Lexicon, f []string) error { lx.TitleWords[text.Fold(f[0])] = true; return nil }},
		{"cues.tsv", (*Lexicon).addCue},
		{"heads.tsv", func(lx *Lexicon, f []string) error {
			if len(f) != 2 || !entityTypes[f[0]] {
				return fmt.Errorf("want TYPE<TAB>WORD")
			}
			lx.Heads[f[1]] = f[0]
			return nil
		}},
		{"reporting.txt", func(lx *Lexicon, f []string) error { lx.Reporting[text.Fold(f[0])] = true; return nil }},
	}
	for _, l := range loaders {
		f, err := lexiconFS.Open("lexicon/" + l.file)
		if err != nil {
			if isNotExist(err) {
				continue
			}
			return nil, err
		}
		err = readTable("lexicon/"+l.file, f, func(fields []string) error { return l.fn(lx, fields) })
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, e := range extra {
		if err := readTable(e.Name, e.R, lx.addGaz); err != nil {
			return nil, err
		}
	}
	lx.words, lx.gazEnts = wordTable(lx)
	lx.canonFoldsByRef = lx.gazFolds(lx.gazEnts)
	lx.wordBloom = newWordFilter(lx.words)
	return lx, nil
}

// NamedReader is a user lexicon file.
type NamedReader struct {
	Name string
	R    io.Reader
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// readTable calls fn with the TAB-separated fields of each data line.
// The lines are read into one string and cut without allocating, so the
// fields fn keeps share that string; fn must not keep the slice, which
// the next line reuses.
func readTable(name string, r io.Reader, fn func([]string) error) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	text := string(data)
	var fields []string
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimRight(line, " \r")
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		fields = fields[:0]
		for f := range strings.SplitSeq(line, "\t") {
			fields = append(fields, strings.TrimSpace(f))
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return nil
}

var entityTypes = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "FAC": true, "NORP": true, "EVENT": true, "DATE": true}

func (lx *Lexicon) addGaz(f []string) error {
	if len(f) < 2 || f[1] == "" {
		return fmt.Errorf("want TYPE<TAB>NAME[<TAB>ALIAS|ALIAS...], got %d fields", len(f))
	}
	if !entityTypes[f[0]] {
		return fmt.Errorf("unknown entity type %q", f[0])
	}
	e := GazEntry{Type: f[0], Canonical: f[1]}
	if lx.canonFolds == nil {
		lx.canonFolds = map[string]string{}
	}
	lx.canonFolds[e.Canonical] = text.Fold(e.Canonical)
	names := []string{f[1]}
	if len(f) > 2 && f[2] != "" {
		names = append(names, strings.Split(f[2], "|")...)
	}
	for _, n := range names {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		key, words := foldWords(n)
		lx.Gazetteer[key] = e
		if text.IsAllCaps(n) && !strings.Contains(n, " ") {
			lx.Acronyms[key] = true
		} else {
			delete(lx.Acronyms, key)
		}
		lx.GazMax = max(lx.GazMax, words)
	}
	return nil
}

func (lx *Lexicon) addDemonym(f []string) error {
	place := ""
	if len(f) > 1 {
		place = f[1]
	}
	for _, d := range strings.Split(f[0], "|") {
		lx.Demonyms[text.Fold(d)] = place
	}
	return nil
}

func (lx *Lexicon) addTitle(f []string) error {
	for _, t := range strings.Split(f[0], "|") {
		t = text.Fold(t)
		lx.Titles[t] = true
		if w := len(strings.Fields(t)); w > lx.TitleMax {
			lx.TitleMax = w
		}
		ws := strings.Fields(t)
		for _, w := range ws {
			lx.TitleWords[w] = true
		}
		if len(ws) > 0 {
			lx.TitleHeads[ws[len(ws)-1]] = true
		}
	}
	return nil
}

func (lx *Lexicon) addCue(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want LABEL<TAB>PHRASE[<TAB>WEIGHT]")
	}
	c := Cue{Label: f[0], Words: strings.Fields(text.Fold(f[1])), Weight: 1}
	if len(f) > 2 {
		if _, err := fmt.Sscan(f[2], &c.Weight); err != nil {
			return fmt.Errorf("weight %q: %w", f[2], err)
		}
	}
	if len(c.Words) == 0 {
		return fmt.Errorf("empty cue")
	}
	key := c.Words[0]
	if strings.HasSuffix(key, "*") {
		key = "*" // prefix cues are tried at every word
	}
	lx.Cues[key] = append(lx.Cues[key], c)
	return nil
}

// foldWords is text.Fold(strings.Join(strings.Fields(n), " ")) and the number
// of words, in one pass and one allocation.
func foldWords(n string) (string, int) {
	var buf [64]byte
	b, words := buf[:0], 0
	for w := range strings.FieldsSeq(n) {
		if words > 0 {
			b = append(b, ' ')
		}
		b = text.AppendFold(b, w)
		words++
	}
	return string(b), words
}

// foldCanonical is text.Fold(c) for a gazetteer canonical name, looked up
// rather than built (and allocated) for every mention.
func (lx *Lexicon) foldCanonical(c string) string {
	if f, ok := lx.canonFolds[c]; ok {
		return f
	}
	return text.Fold(c)
}
