package datenorm

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/extract/internal/text"
	"github.com/parley-nlp/parley/extract/lexicon"
)

// Reasons for a null value.
var (
	// ErrWeekday: a weekday alone ("Thursday") names no calendar date.
	ErrWeekday = errors.New("a weekday alone names no calendar date")
	// ErrNoYear: a day and month, or a month, whose year the text does
	// not give and no unambiguous year of the article's event supplies.
	ErrNoYear = errors.New("no year given, and the article's year is unknown or ambiguous here")
	// ErrMovable: a named day whose date moves from year to year
	// ("Easter", "Diwali").
	ErrMovable = errors.New("a named day whose date moves from year to year")
	// ErrUnknown: not a calendar expression this package reads (seasons,
	// decades, relative phrases), or no such day.
	ErrUnknown = errors.New("not a calendar date, month or year")
)

// Normalizer reads calendar expressions with the lexicon's month and
// weekday names. It is read-only: one serves any number of goroutines.
type Normalizer struct {
	months   []string          // January first
	weekdays []string          // Monday first
	days     map[string]string // named days, folded -> "MM-DD" or "" (lexicon.NamedDays)
	// named[b] says that a month or weekday name starts with byte b: a
	// word that starts with another (a number, most words parse reads)
	// is neither, with no look at the names.
	named [256]bool
}

// New returns a Normalizer over lx's month, weekday and named day names.
func New(lx *lexicon.Lexicon) *Normalizer {
	n := &Normalizer{months: lx.MonthNames, weekdays: lx.WeekdayNames, days: lx.NamedDays}
	for _, names := range [][]string{n.months, n.weekdays} {
		for _, m := range names {
			if m != "" {
				n.named[m[0]] = true
			}
		}
	}
	return n
}

// mayBeName reports whether w may be a month or weekday name or its
// abbreviation, which starts as the name does.
func (n *Normalizer) mayBeName(w string) bool { return w == "" || n.named[w[0]] }

// Normalize returns the ISO 8601 form of the calendar expression expr:
// "2025-02-18" for a day, "2025-02" for a month, "2025" for a year, and
// START/END (ISO 8601 time interval) for a range such as "25-26 July
// 2022" ("2022-07-25/2022-07-26"). Month names are read in any case,
// whole or abbreviated ("FEB.", "Sept"); days may be ordinals ("18th",
// "the 18th of February"); a leading weekday ("Tuesday, 18 February") is
// dropped. Qualifiers (early, mid-, late, the beginning/end of) have no
// ISO form: the value is the calendar unit they qualify ("mid-March 2025"
// is "2025-03").
//
// year is given to an expression that names a day and month, or a month,
// but no year (0: none may be given, and the result is ErrNoYear). A
// weekday alone is ErrWeekday; anything else unread is ErrUnknown.
func (n *Normalizer) Normalize(expr string, year int) (string, error) {
	if isISODate(expr) {
		y, _ := strconv.Atoi(expr[:4])
		m, _ := strconv.Atoi(expr[5:7])
		d, _ := strconv.Atoi(expr[8:])
		if m < 1 || m > 12 || d < 1 {
			return "", ErrUnknown
		}
		return date{y, m, d}.iso()
	}
	if len(expr) >= 8 && len(expr) <= 10 && expr[0] >= '0' && expr[0] <= '9' {
		if d, ok := dottedDate(expr); ok {
			return d.iso()
		}
	}
	// folded on the stack: the index expression string(...) does not
	// allocate
	var fb [64]byte
	if md, ok := n.days[string(text.AppendFold(fb[:0], expr))]; ok {
		return namedDay(md, year)
	}
	var wb [8]string
	ws := appendWords(wb[:0], expr)
	if len(ws) == 0 {
		return "", ErrUnknown
	}
	if len(ws) == 1 && n.isWeekday(ws[0]) {
		return "", ErrWeekday
	}
	if a, b, ok := splitRange(ws); ok {
		return n.normalizeRange(a, b, year)
	}
	d, err := n.parse(ws)
	if err != nil {
		return "", err
	}
	if d.y == 0 {
		if year == 0 {
			return "", ErrNoYear
		}
		d.y = year
	}
	return d.iso()
}

// namedDay is the value of a named day on "MM-DD" (empty: movable) in
// year.
func namedDay(md string, year int) (string, error) {
	switch {
	case md == "":
		return "", ErrMovable
	case year == 0:
		return "", ErrNoYear
	}
	m, _ := strconv.Atoi(md[:2])
	d, _ := strconv.Atoi(md[3:])
	return date{year, m, d}.iso()
}

// date is a parsed expression; a zero field is one the text does not give.
type date struct{ y, m, d int }

func (d date) iso() (string, error) {
	var b [len("2025-02-18")]byte
	switch {
	case d.m == 0 && d.d != 0:
		return "", ErrUnknown // a day without a month
	case d.m == 0:
		return string(appendPadded(b[:0], d.y, 4)), nil
	case d.d == 0:
		return string(appendPadded(append(appendPadded(b[:0], d.y, 4), '-'), d.m, 2)), nil
	case d.d > daysIn(d.y, d.m):
		return "", fmt.Errorf("%w: day %d of a month of %d days", ErrUnknown, d.d, daysIn(d.y, d.m))
	}
	out := append(appendPadded(b[:0], d.y, 4), '-')
	out = append(appendPadded(out, d.m, 2), '-')
	return string(appendPadded(out, d.d, 2)), nil
}

// appendPadded appends n in decimal, zero-padded to width digits, as
// fmt's %0*d writes it: fmt costs an allocation per argument, and a
// document has many dates. Years, months and days are never negative
// here (they are read from digits).
func appendPadded(b []byte, n, width int) []byte {
	var d [20]byte
	digits := strconv.AppendInt(d[:0], int64(n), 10)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// normalizeRange: each end takes from the other what it leaves out ("25"
// in "25-26 July 2022" its month and year, "19" in "February 18-19" its
// month), and a start month after the end month is in the year before.
func (n *Normalizer) normalizeRange(a, b []string, year int) (string, error) {
	x, err := n.parse(a)
	if err != nil {
		return "", err
	}
	y, err := n.parse(b)
	if err != nil {
		return "", err
	}
	if x.m == 0 && x.d != 0 {
		x.m = y.m
	}
	if y.m == 0 && y.d != 0 {
		y.m = x.m
	}
	if x.y == 0 && y.y != 0 && x.m != 0 {
		x.y = y.y
		if x.m > y.m && y.m != 0 {
			x.y--
		}
	}
	if y.y == 0 && x.y != 0 && y.m != 0 {
		y.y = x.y
		if y.m < x.m {
			y.y++
		}
	}
	if x.y == 0 || y.y == 0 {
		if year == 0 {
			return "", ErrNoYear
		}
		x.y, y.y = year, year
	}
	s, err := x.iso()
	if err != nil {
		return "", err
	}
	e, err := y.iso()
	if err != nil {
		return "", err
	}
	if e < s[:min(len(s), len(e))] {
		return "", fmt.Errorf("%w: range ends before it starts", ErrUnknown)
	}
	return s + "/" + e, nil
}

// parse reads one date: a year, a month with or without a year, or a day
// and month (either order) with or without a year.
func (n *Normalizer) parse(ws []string) (date, error) {
	var d date
	for _, w := range ws {
		if n.isWeekday(w) {
			if len(ws) == 1 {
				return d, ErrWeekday
			}
			continue
		}
		if m := n.monthOf(w); m > 0 && d.m == 0 {
			d.m = m
			continue
		}
		if isYear(w) && d.y == 0 {
			d.y, _ = strconv.Atoi(w)
			continue
		}
		if day := dayOf(w); day > 0 && d.d == 0 {
			d.d = day
			continue
		}
		return date{}, fmt.Errorf("%w: %q", ErrUnknown, w)
	}
	if d == (date{}) {
		return d, ErrUnknown
	}
	return d, nil
}

// appendWords lower-cases expr and cuts it into words, appended to out:
// numbers, letters, and a range mark ("-" "–" "—" "/" "to" "and" ...) as
// a word of its own. Commas, full stops and filler words ("the", "of",
// "on") are dropped, and so are qualifiers (early, mid-, late, the
// beginning/end of). A word is a run of the lower-cased text, sliced
// from it rather than built rune by rune.
func appendWords(out []string, expr string) []string {
	lower := strings.ToLower(expr)
	start, end := 0, 0 // the current word, lower[start:end]; empty if start == end
	flush := func() {
		if start == end {
			return
		}
		w := lower[start:end]
		start = end
		if !isFiller(w) {
			out = append(out, w)
		}
	}
	for i, r := range lower {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < end && isDigitWord(lower[start:end]) != unicode.IsDigit(r) && !ordinalSuffix(lower[start:end], r) {
				flush() // "2025March"
			}
			if start == end {
				start = i
			}
			end = i + utf8.RuneLen(r)
		case r == '-' || r == '–' || r == '—' || r == '/':
			w := lower[start:end]
			flush()
			if !isQualifier(w) { // "mid-March" is no range
				out = append(out, "-")
			}
		default:
			flush()
		}
	}
	flush()
	// a leading or trailing range mark is left over from a qualifier or a
	// stray dash
	for len(out) > 0 && out[0] == "-" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "-" {
		out = out[:len(out)-1]
	}
	return out
}

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// ordinalSuffix: r continues an ordinal such as "18th" after its digits.
func ordinalSuffix(w string, r rune) bool {
	if isDigitWord(w) {
		return r == 's' || r == 't' || r == 'n' || r == 'r' || r == 'd' || r == 'h'
	}
	return false
}

// isQualifier: a word with no ISO form, dropped.
func isQualifier(w string) bool {
	switch w {
	case "early", "mid", "middle", "late", "beginning", "start", "end":
		return true
	}
	return false
}

// isFiller: a word that is dropped; qualifiers are among them.
func isFiller(w string) bool {
	switch w {
	case "the", "of", "on", "in", "from", "between", "around":
		return true
	}
	return isQualifier(w)
}

// isRangeWord: a word that joins the two ends of a range.
func isRangeWord(w string) bool {
	switch w {
	case "-", "to", "until", "till", "through", "and":
		return true
	}
	return false
}

// splitRange cuts ws at its one range word.
func splitRange(ws []string) (a, b []string, ok bool) {
	at := -1
	for i, w := range ws {
		if isRangeWord(w) {
			if at >= 0 {
				return nil, nil, false
			}
			at = i
		}
	}
	if at <= 0 || at == len(ws)-1 {
		return nil, nil, false
	}
	return ws[:at], ws[at+1:], true
}

// monthOf is 1-12 for a month name or its abbreviation ("sept", "feb"),
// 0 for anything else.
func (n *Normalizer) monthOf(w string) int {
	if !n.mayBeName(w) {
		return 0
	}
	for i, m := range n.months {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) && (len(w) == 3 || w == "sept") {
			return i + 1
		}
	}
	return 0
}

// isWeekday: a weekday name or its abbreviation ("thu").
func (n *Normalizer) isWeekday(w string) bool {
	if !n.mayBeName(w) {
		return false
	}
	for _, d := range n.weekdays {
		if w == d || len(w) == 3 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// isYear: four digits from 1000 to 2999.
func isYear(w string) bool {
	if len(w) != 4 || !allDigits(w) {
		return false
	}
	return w >= "1000" && w <= "2999"
}

// dayOf is the day 1-31 of "18" or "18th" (also "1st", "2nd", "3rd"),
// else 0.
func dayOf(w string) int {
	j := len(w) // strings.TrimRight(w, "stndrh"), without building its set
	for j > 0 && strings.IndexByte("stndrh", w[j-1]) >= 0 {
		j--
	}
	n := w[:j]
	if suf := w[len(n):]; suf != "" && suf != ordinal(n) {
		return 0
	}
	if n == "" || len(n) > 2 || !allDigits(n) {
		return 0
	}
	d, _ := strconv.Atoi(n)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// ordinal is the English suffix of the ordinal of the digits n.
func ordinal(n string) string {
	if n == "" {
		return ""
	}
	last := n[len(n)-1]
	if len(n) == 2 && n[0] == '1' {
		return "th"
	}
	switch last {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isISODate: s is already YYYY-MM-DD.
// dottedDate reads a day, month and year in figures joined by dots, day
// first ("09.11.2020").
func dottedDate(s string) (date, bool) {
	ds, rest, ok1 := strings.Cut(s, ".")
	ms, ys, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || len(ds) > 2 || len(ms) > 2 || len(ys) != 4 || !allDigits(ds) || !allDigits(ms) || !allDigits(ys) {
		return date{}, false
	}
	d, _ := strconv.Atoi(ds)
	m, _ := strconv.Atoi(ms)
	y, _ := strconv.Atoi(ys)
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return date{}, false
	}
	return date{y, m, d}, true
}

func isISODate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}
