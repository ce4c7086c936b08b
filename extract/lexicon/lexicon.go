package lexicon

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
)

//go:embed *.txt *.tsv lists/*.txt
var dataFS embed.FS

// The files Load reads first, as strings, so that their lines and fields
// are cut in place with no copy; they are checked as a user's file is in
// the tests (TestEmbeddedFilesAreText).
var (
	//go:embed abbrev.txt
	abbrevFile string
	//go:embed gazetteer.tsv
	gazetteerFile string
	//go:embed demonyms.tsv
	demonymsFile string
	//go:embed titles.txt
	titlesFile string
	//go:embed title_words.txt
	titleWordsFile string
	//go:embed cues.tsv
	cuesFile string
	//go:embed heads.tsv
	headsFile string
	//go:embed prefix_heads.tsv
	prefixHeadsFile string
	//go:embed weights.tsv
	weightsFile string
	//go:embed designators.tsv
	designatorsFile string
	//go:embed named_days.tsv
	namedDaysFile string
	//go:embed descriptors.tsv
	descriptorsFile string
)

// GazEntry is one gazetteer referent.
type GazEntry struct {
	Type      string
	Canonical string
}

// Lexicon is the knowledge the stages share: built once per process by
// Load and read-only afterwards, so one Lexicon serves any number of
// goroutines. Keys are folded with text.Fold.
type Lexicon struct {
	Abbrev      map[string]bool
	Gazetteer   map[string]GazEntry // surface form -> referent
	Acronyms    map[string]bool     // gazetteer keys written in capitals: match only so
	GazMax      int                 // longest gazetteer name, in words
	Demonyms    map[string]string   // NORP word -> place canonical ("" for groups)
	Titles      map[string]bool     // title phrases
	TitleMax    int                 // longest title phrase, in words
	TitleWords  map[string]bool
	Cues        map[string][]Cue      // first word -> cue phrases starting with it
	Heads       map[string]string     // last word of a name -> its type
	PrefixHeads map[string]string     // first word of a name -> its type
	Designators map[string]Designator // corporate designators, by fold without a final dot
	NamedDays   map[string]string     // named days, folded -> "MM-DD", or "" for a movable one
	Descriptors map[string]Descriptor // nouns that type a name next to them
	TitleHeads  map[string]bool       // last words of title phrases
	Weights     LabelWeights          // the sentence classifier's weights
	// the month names (January first) and weekday names (Monday first),
	// folded: the Months and Weekdays lists in their order
	MonthNames, WeekdayNames []string

	canonFolds map[string]string // Fold of each gazetteer canonical name
	lists      map[string]List   // folded word -> the word lists holding it

	// The gazetteer, nationality and title phrases, their word-aligned
	// starts and ends, and the word lists, merged for one lookup per
	// word or phrase (phrases.go).
	words           map[string]WordInfo
	gazEnts         []GazEntry       // the gazetteer's referents, by GazInfo.Ref
	canonFoldsByRef []string         // FoldCanonical of gazEnts' canonical names
	wordFilter      *text.WordFilter // the words' filter

	index *Index // every word list and cue's word by class (index.go)

	names *nameTable // the name lists (names.go)
}

// Cue is a classification cue phrase.
type Cue struct {
	Label  string
	Words  []string
	Weight float64
}

// NamedReader is a user lexicon file.
type NamedReader struct {
	Name string
	R    io.Reader
}

// Load reads the embedded lexicons, then each extra gazetteer file (the
// gazetteer's format) in order; later entries win.
func Load(extra ...NamedReader) (*Lexicon, error) {
	// The gazetteer's maps start at about the embedded gazetteer's size
	// (4,070 entries, 6,770 names with the named days) rather than growing
	// through every size. A hint of 7,168 gives the 8,192 slots that hold
	// as many names; one of 8,192 would give twice as many.
	// The other maps of a file's entries start at its number of lines (and
	// alternatives), which a vectorised count finds.
	lx := &Lexicon{
		Abbrev: make(map[string]bool, lines(abbrevFile)), Gazetteer: make(map[string]GazEntry, 7168), Acronyms: map[string]bool{},
		Demonyms:   make(map[string]string, lines(demonymsFile)+strings.Count(demonymsFile, "|")),
		canonFolds: make(map[string]string, 4096),
		Titles:     make(map[string]bool, lines(titlesFile)+strings.Count(titlesFile, "|")), TitleWords: make(map[string]bool, lines(titleWordsFile)),
		Cues: make(map[string][]Cue, lines(cuesFile)), Heads: make(map[string]string, lines(headsFile)),
		PrefixHeads: make(map[string]string, lines(prefixHeadsFile)), Designators: make(map[string]Designator, lines(designatorsFile)),
		NamedDays: make(map[string]string, lines(namedDaysFile)), Descriptors: make(map[string]Descriptor, lines(descriptorsFile)),
		TitleHeads: map[string]bool{}, lists: map[string]List{}, Weights: make(LabelWeights, lines(weightsFile)),
	}
	loaders := []struct {
		file, data string
		fn         func(lx *Lexicon, f []string) error
	}{
		{"abbrev.txt", abbrevFile, func(lx *Lexicon, f []string) error { lx.Abbrev[text.Fold(f[0])] = true; return nil }},
		{"gazetteer.tsv", gazetteerFile, (*Lexicon).addGaz},
		{"demonyms.tsv", demonymsFile, (*Lexicon).addDemonym},
		{"titles.txt", titlesFile, (*Lexicon).addTitle},
		{"title_words.txt", titleWordsFile, func(lx *Lexicon, f []string) error { lx.TitleWords[text.Fold(f[0])] = true; return nil }},
		{"cues.tsv", cuesFile, (*Lexicon).addCue},
		{"heads.tsv", headsFile, func(lx *Lexicon, f []string) error { return addHead(lx.Heads, f) }},
		{"prefix_heads.tsv", prefixHeadsFile, func(lx *Lexicon, f []string) error { return addHead(lx.PrefixHeads, f) }},
		{"weights.tsv", weightsFile, func(lx *Lexicon, f []string) error { return lx.Weights.set(f) }},
		{"designators.tsv", designatorsFile, (*Lexicon).addDesignator},
		{"named_days.tsv", namedDaysFile, (*Lexicon).addNamedDay},
		{"descriptors.tsv", descriptorsFile, (*Lexicon).addDescriptor},
	}
	for _, l := range loaders {
		if err := readLines("lexicon/"+l.file, l.data, func(f []string) error { return l.fn(lx, f) }); err != nil {
			return nil, err
		}
	}
	if err := lx.loadLists(); err != nil {
		return nil, err
	}
	for _, e := range extra {
		if err := readTable(e.Name, e.R, lx.addGaz); err != nil {
			return nil, err
		}
	}
	lx.words, lx.gazEnts, lx.wordFilter = wordTable(lx)
	lx.canonFoldsByRef = lx.gazFolds(lx.gazEnts)
	lx.index = newIndex(compileCues(lx), lx.lists)
	names, err := newNameTable()
	if err != nil {
		return nil, err
	}
	lx.names = names
	return lx, nil
}

// lines is the number of lines of a file, comments and all.
func lines(file string) int { return strings.Count(file, "\n") }

// readFile calls fn with the fields of each data line of an embedded file.
func readFile(name string, fn func([]string) error) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	return readLines("lexicon/"+name, string(data), fn)
}

// readTable calls fn with the TAB-separated fields of each data line.
func readTable(name string, r io.Reader, fn func([]string) error) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 || !utf8.Valid(data) {
		return fmt.Errorf("%s: not a lexicon: binary data or invalid UTF-8, where TAB-separated text was expected", name)
	}
	return readLines(name, string(data), fn)
}

// readLines calls fn with the TAB-separated fields of each data line of
// src, the text of file name: lines blank or starting with '#' are none,
// and each field is trimmed of white space. The fields are cut from src
// without allocating, so those fn keeps share it; fn must not keep the
// slice, which the next line reuses.
func readLines(name, src string, fn func([]string) error) error {
	var fields []string
	for n := 1; src != ""; n++ {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		for line != "" && (line[len(line)-1] == ' ' || line[len(line)-1] == '\r') {
			line = line[:len(line)-1]
		}
		t := line
		if !trimmed(t) {
			t = strings.TrimSpace(t)
		}
		if t == "" || t[0] == '#' {
			continue
		}
		fields = fields[:0]
		for {
			f, rest, more := strings.Cut(line, "\t")
			if !trimmed(f) {
				f = strings.TrimSpace(f)
			}
			fields = append(fields, f)
			if !more {
				break
			}
			line = rest
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return nil
}

// trimSpace is strings.TrimSpace, which most fields need not call.
func trimSpace(s string) string {
	if trimmed(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// trimmed reports that strings.TrimSpace would return s as it is, as it
// does for one empty or starting and ending with a printable ASCII byte.
func trimmed(s string) bool {
	return s == "" || ' ' < s[0] && s[0] < utf8.RuneSelf && ' ' < s[len(s)-1] && s[len(s)-1] < utf8.RuneSelf
}

// isEntityType reports whether t is one of the contract's entity types.
func isEntityType(t string) bool {
	switch t {
	case "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE":
		return true
	}
	return false
}

func (lx *Lexicon) addGaz(f []string) error {
	if len(f) < 2 || f[1] == "" {
		return fmt.Errorf("want TYPE<TAB>NAME[<TAB>ALIAS|ALIAS...], got %d fields", len(f))
	}
	if !isEntityType(f[0]) {
		return fmt.Errorf("unknown entity type %q", f[0])
	}
	e := GazEntry{Type: f[0], Canonical: f[1]}
	// f[1], trimmed, is also the first name: its key is most often its Fold
	key, words, isFold := foldName(f[1])
	if isFold {
		lx.canonFolds[e.Canonical] = key
	} else {
		lx.canonFolds[e.Canonical] = text.Fold(e.Canonical)
	}
	lx.addGazName(e, f[1], key, words)
	if len(f) > 2 && f[2] != "" {
		for n := range strings.SplitSeq(f[2], "|") {
			if n = trimSpace(n); n != "" {
				key, words := foldWords(n)
				lx.addGazName(e, n, key, words)
			}
		}
	}
	return nil
}

// addGazName adds the name n of e, whose key (foldWords) is key, of
// words words.
func (lx *Lexicon) addGazName(e GazEntry, n, key string, words int) {
	for rest := n; ; {
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			break
		}
		rest = strings.TrimLeft(rest[sp:], " ")
		w := rest
		if e := strings.IndexByte(w, ' '); e >= 0 {
			w = w[:e]
		}
		if r, _ := utf8.DecodeRuneInString(w); w != "" && !unicode.IsUpper(r) {
			f := text.Fold(w)
			lx.lists[f] = lx.lists[f].Or(GazLower) // "Jammu and Kashmir"
		}
	}
	lx.Gazetteer[key] = e
	if !strings.Contains(n, " ") && text.IsAllCaps(n) {
		lx.Acronyms[key] = true
	} else {
		delete(lx.Acronyms, key)
	}
	lx.GazMax = max(lx.GazMax, words)
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
	for t := range strings.SplitSeq(f[0], "|") {
		t = text.Fold(t)
		lx.Titles[t] = true
		n, last := 0, ""
		for w := range strings.FieldsSeq(t) {
			lx.TitleWords[w] = true
			n, last = n+1, w
		}
		lx.TitleMax = max(lx.TitleMax, n)
		if n > 0 {
			lx.TitleHeads[last] = true
		}
	}
	return nil
}

// addHead reads a TYPE<TAB>WORD line into heads.
func addHead(heads map[string]string, f []string) error {
	if len(f) != 2 || !isEntityType(f[0]) {
		return fmt.Errorf("want TYPE<TAB>WORD")
	}
	heads[f[1]] = f[0]
	return nil
}

// addNamedDay reads a NAME<TAB>MM-DD line: the name becomes a DATE name
// of the gazetteer, with no aliases (a date is an entity as written).
func (lx *Lexicon) addNamedDay(f []string) error {
	if len(f) != 2 || f[0] == "" || f[1] != "" && (len(f[1]) != 5 || f[1][2] != '-') {
		return fmt.Errorf("want NAME<TAB>MM-DD or NAME<TAB>")
	}
	lx.NamedDays[text.Fold(f[0])] = f[1]
	return lx.addGaz([]string{"DATE", f[0]})
}

// Descriptor is a noun that types an unknown name next to it ("the town
// of X", "X province", "the news agency X", "X, the carrier").
type Descriptor struct {
	Type                     string
	Of, After, Before, Appos bool
}

func (lx *Lexicon) addDescriptor(f []string) error {
	if len(f) != 3 || !isEntityType(f[1]) {
		return fmt.Errorf("want WORD<TAB>TYPE<TAB>USE")
	}
	d := Descriptor{Type: f[1]}
	for u := range strings.SplitSeq(f[2], ",") {
		switch u {
		case "of":
			d.Of = true
		case "after":
			d.After = true
		case "before":
			d.Before = true
		case "appos":
			d.Appos = true
		default:
			return fmt.Errorf("use %q: want of, after, before or appos", u)
		}
	}
	lx.Descriptors[text.Fold(f[0])] = d
	return nil
}

// Designator is a corporate designator ("Ltd", "S.p.A.", "PT").
type Designator struct {
	Forms          []string // as listed, without a final dot: all its spellings of one fold
	Suffix, Prefix bool     // it ends, or starts, a company's name
	Exact          bool     // it counts only written as one of Forms
	Dotted         bool     // a form with a final dot is listed
}

// Is reports whether the word w, a token (without a final dot when the
// tokenizer splits it off), is written as the designator must be.
func (d Designator) Is(w string) bool {
	return !d.Exact || slices.Contains(d.Forms, strings.TrimSuffix(w, "."))
}

func (lx *Lexicon) addDesignator(f []string) error {
	if len(f) != 3 || f[0] == "" {
		return fmt.Errorf("want FORM<TAB>POSITION<TAB>CASE")
	}
	form := strings.TrimSuffix(f[0], ".")
	key := text.Fold(form)
	d, seen := lx.Designators[key]
	if !slices.Contains(d.Forms, form) {
		d.Forms = append(d.Forms, form)
	}
	// one spelling of any case makes them all so
	d.Exact = f[2] == "exact" && (!seen || d.Exact)
	d.Dotted = d.Dotted || form != f[0]
	switch f[1] {
	case "suffix":
		d.Suffix = true
	case "prefix":
		d.Prefix = true
	case "both":
		d.Suffix, d.Prefix = true, true
	default:
		return fmt.Errorf("position %q: want suffix, prefix or both", f[1])
	}
	lx.Designators[key] = d
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

// foldWords is Fold(strings.Join(strings.Fields(n), " ")) and the number
// of words, in one pass and one allocation.
func foldWords(n string) (string, int) {
	key, words, _ := foldName(n)
	return key, words
}

// foldName is foldWords(n), and whether that is Fold(n) too: it is when
// n's words are one space apart, most names, which are then folded whole
// (an ASCII name as it is scanned, with no copy if already folded).
func foldName(n string) (key string, words int, isFold bool) {
	if n == "" || n[0] == ' ' || n[len(n)-1] == ' ' {
		return foldFields(n)
	}
	var buf [64]byte
	b := buf[:0] // n lower-cased while it is ASCII
	ascii, upper := true, false
	words = 1
	for i := 0; i < len(n); {
		c := n[i]
		switch {
		case c == ' ':
			if n[i-1] == ' ' {
				return foldFields(n)
			}
			words++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(n[i:])
			if unicode.IsSpace(r) {
				return foldFields(n)
			}
			ascii = false
			i += size
			continue
		case '\t' <= c && c <= '\r':
			return foldFields(n)
		case 'A' <= c && c <= 'Z':
			upper = true
			c += 'a' - 'A'
		}
		if ascii {
			b = append(b, c)
		}
		i++
	}
	switch {
	case !ascii:
		return text.Fold(n), words, true
	case upper:
		return string(b), words, true
	}
	return n, words, true
}

// foldFields is foldName(n) word by word, for n whose words are not one
// space apart.
func foldFields(n string) (key string, words int, isFold bool) {
	var buf [64]byte
	b := buf[:0]
	for w := range strings.FieldsSeq(n) {
		if words > 0 {
			b = append(b, ' ')
		}
		b = text.AppendFold(b, w)
		words++
	}
	return string(b), words, false
}

// FoldCanonical is Fold(c) for a gazetteer canonical name, looked up
// rather than built (and allocated) for every mention.
func (lx *Lexicon) FoldCanonical(c string) string {
	if f, ok := lx.canonFolds[c]; ok {
		return f
	}
	return text.Fold(c)
}
