package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Validate checks one output document (JSON) against the rules of
// parley-output.schema.json, written out in Go: required and unknown
// fields, types, enums, patterns and bounds. A JSON Schema compiler would
// compile its metaschemas at process start in every command; tests hold
// Validate to the same verdicts as a JSON Schema validator on the file
// (package schematest). The error is an *Error listing every violation
// with its JSON pointer.
func Validate(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("not JSON: more after the top-level value")
	}
	var v validator
	v.output(doc)
	if len(v.problems) > 0 {
		return &Error{Problems: v.problems}
	}
	return nil
}

// Error lists the ways a document breaks the schema.
type Error struct {
	Problems []Problem
}

// Problem is one violation: Pointer is the JSON pointer (RFC 6901) of the
// value at fault, "" for the whole document.
type Problem struct {
	Pointer string
	Message string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("does not satisfy the schema:")
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n- at '%s': %s", p.Pointer, p.Message)
	}
	return b.String()
}

// Enumerations of the schema.
var (
	entityTypes    = []string{"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE"}
	quoteKinds     = []string{"direct", "indirect"}
	sentenceLabels = []string{"agreement", "demand", "reaction", "other"}
)

type validator struct {
	problems []Problem
}

func (v *validator) fail(ptr, format string, args ...any) {
	v.problems = append(v.problems, Problem{ptr, fmt.Sprintf(format, args...)})
}

func (v *validator) output(doc any) {
	o, ok := v.object("", doc, "schema_version", "article", "entities", "quotes", "sentences")
	if !ok {
		return
	}
	if x, ok := o["schema_version"]; ok && x != "1" {
		v.fail("/schema_version", "%s, want \"1\"", describe(x))
	}
	if x, ok := o["article"]; ok {
		v.article("/article", x)
	}
	v.each(o, "", "entities", v.entity)
	v.each(o, "", "quotes", v.quote)
	v.each(o, "", "sentences", v.sentence)
}

func (v *validator) article(ptr string, x any) {
	o, ok := v.object(ptr, x, "id", "title", "source_language", "sha256", "sections", "bytes", "paragraphs")
	if !ok {
		return
	}
	v.field(o, ptr, "id", v.text)
	v.field(o, ptr, "title", v.str)
	v.field(o, ptr, "source_language", v.str)
	v.field(o, ptr, "sha256", func(p string, x any) {
		if s, ok := v.strOK(p, x); ok && !isDigest(s) {
			v.fail(p, "%q is not 64 lower-case hex digits", s)
		}
	})
	v.each(o, ptr, "sections", v.str)
	v.field(o, ptr, "bytes", v.offset)
	v.each(o, ptr, "paragraphs", v.span)
}

func (v *validator) span(ptr string, x any) {
	if o, ok := v.object(ptr, x, "start", "end"); ok {
		v.field(o, ptr, "start", v.offset)
		v.field(o, ptr, "end", v.offset)
	}
}

func (v *validator) entity(ptr string, x any) {
	o, ok := v.object(ptr, x, "id", "text", "type", "value", "role", "aliases", "mentions")
	if !ok {
		return
	}
	v.field(o, ptr, "id", v.entityID)
	v.field(o, ptr, "text", v.text)
	v.field(o, ptr, "type", func(p string, x any) { v.enum(p, x, entityTypes) })
	v.field(o, ptr, "role", v.str)
	aliases := v.uniqueStrings(o, ptr, "aliases", v.text)
	v.each(o, ptr, "mentions", v.mention)
	if m, ok := o["mentions"].([]any); ok && len(m) == 0 {
		v.fail(ptr+"/mentions", "empty, want at least one mention")
	}
	// the schema's if/then/else: an absent type counts as DATE there
	value, hasValue := o["value"]
	if typ, ok := o["type"]; !ok || typ == "DATE" {
		switch {
		case !hasValue:
			v.fail(ptr+"/value", "missing; a DATE has one")
		default:
			v.dateValue(ptr+"/value", value)
		}
		if aliases > 0 {
			v.fail(ptr+"/aliases", "%d aliases; a DATE has none", aliases)
		}
	} else if hasValue {
		v.fail(ptr+"/value", "only a DATE has a value")
	}
}

func (v *validator) mention(ptr string, x any) {
	o, ok := v.object(ptr, x, "start", "end", "sentence", "text")
	if !ok {
		return
	}
	v.field(o, ptr, "start", v.offset)
	v.field(o, ptr, "end", v.offset)
	v.field(o, ptr, "sentence", v.offset)
	v.field(o, ptr, "text", v.text)
}

func (v *validator) quote(ptr string, x any) {
	o, ok := v.object(ptr, x, "id", "text", "kind", "start", "end", "sentence", "cue", "speaker")
	if !ok {
		return
	}
	v.field(o, ptr, "id", func(p string, x any) {
		if s, ok := v.strOK(p, x); ok && !isID(s, 'q') {
			v.fail(p, "%q is not q1, q2, ...", s)
		}
	})
	v.field(o, ptr, "text", v.text)
	v.field(o, ptr, "kind", func(p string, x any) { v.enum(p, x, quoteKinds) })
	v.field(o, ptr, "start", v.offset)
	v.field(o, ptr, "end", v.offset)
	v.field(o, ptr, "sentence", v.offset)
	v.field(o, ptr, "cue", v.str)
	v.field(o, ptr, "speaker", func(p string, x any) {
		if x != nil {
			v.speaker(p, x)
		}
	})
}

func (v *validator) speaker(ptr string, x any) {
	o, ok := v.object(ptr, x, "entity", "text", "mention", "mention_start", "mention_end")
	if !ok {
		return
	}
	v.field(o, ptr, "entity", v.entityID)
	v.field(o, ptr, "text", v.text)
	v.field(o, ptr, "mention", v.text)
	v.field(o, ptr, "mention_start", v.offset)
	v.field(o, ptr, "mention_end", v.offset)
}

func (v *validator) sentence(ptr string, x any) {
	o, ok := v.object(ptr, x, "id", "start", "end", "paragraph", "text", "label", "actors", "cues")
	if !ok {
		return
	}
	v.field(o, ptr, "id", v.offset)
	v.field(o, ptr, "start", v.offset)
	v.field(o, ptr, "end", v.offset)
	v.field(o, ptr, "paragraph", v.offset)
	v.field(o, ptr, "text", v.text)
	v.field(o, ptr, "label", func(p string, x any) { v.enum(p, x, sentenceLabels) })
	v.uniqueStrings(o, ptr, "actors", v.entityID)
	v.each(o, ptr, "cues", v.text)
}

// object checks that x is an object whose fields are among names, and
// that it has them all but "value" (which entity checks itself).
func (v *validator) object(ptr string, x any, names ...string) (map[string]any, bool) {
	o, ok := x.(map[string]any)
	if !ok {
		v.fail(ptr, "%s, want an object", describe(x))
		return nil, false
	}
	for _, n := range names {
		if _, ok := o[n]; !ok && n != "value" {
			v.fail(ptr+"/"+escape(n), "missing")
		}
	}
	var unknown []string
	for k := range o {
		if !slices.Contains(names, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		v.fail(ptr+"/"+escape(k), "unknown field")
	}
	return o, true
}

// field checks o[name], if present, with check.
func (v *validator) field(o map[string]any, ptr, name string, check func(string, any)) {
	if x, ok := o[name]; ok {
		check(ptr+"/"+escape(name), x)
	}
}

// each checks that o[name], if present, is an array, and each item with
// check; it returns the array.
func (v *validator) each(o map[string]any, ptr, name string, check func(string, any)) []any {
	x, ok := o[name]
	if !ok {
		return nil
	}
	ptr += "/" + escape(name)
	a, ok := x.([]any)
	if !ok {
		v.fail(ptr, "%s, want an array", describe(x))
		return nil
	}
	for i, item := range a {
		check(ptr+"/"+strconv.Itoa(i), item)
	}
	return a
}

// uniqueStrings is each for an array whose items differ; it returns the
// array's length.
func (v *validator) uniqueStrings(o map[string]any, ptr, name string, check func(string, any)) int {
	a := v.each(o, ptr, name, check)
	seen := make(map[string]int, len(a))
	for i, item := range a {
		s, ok := item.(string)
		if !ok {
			continue
		}
		if j, dup := seen[s]; dup {
			v.fail(fmt.Sprintf("%s/%s/%d", ptr, escape(name), i), "%q repeats item %d", s, j)
		}
		seen[s] = i
	}
	return len(a)
}

func (v *validator) strOK(ptr string, x any) (string, bool) {
	s, ok := x.(string)
	if !ok {
		v.fail(ptr, "%s, want a string", describe(x))
	}
	return s, ok
}

func (v *validator) str(ptr string, x any) { v.strOK(ptr, x) }

// text is a string of at least one character.
func (v *validator) text(ptr string, x any) {
	if s, ok := v.strOK(ptr, x); ok && s == "" {
		v.fail(ptr, "empty string")
	}
}

func (v *validator) entityID(ptr string, x any) {
	if s, ok := v.strOK(ptr, x); ok && !isID(s, 'e') {
		v.fail(ptr, "%q is not e1, e2, ...", s)
	}
}

func (v *validator) enum(ptr string, x any, values []string) {
	if s, ok := x.(string); !ok || !slices.Contains(values, s) {
		v.fail(ptr, "%s is not one of %s", describe(x), strings.Join(values, ", "))
	}
}

// offset is an integer >= 0. As in JSON Schema, a number with no
// fraction (3.0, 1e2) is an integer.
func (v *validator) offset(ptr string, x any) {
	n, ok := x.(json.Number)
	if !ok {
		v.fail(ptr, "%s, want an integer", describe(x))
		return
	}
	if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		if i < 0 {
			v.fail(ptr, "%d is negative", i)
		}
		return
	}
	r, ok := new(big.Rat).SetString(string(n))
	switch {
	case !ok || !r.IsInt():
		v.fail(ptr, "%s, want an integer", n)
	case r.Sign() < 0:
		v.fail(ptr, "%s is negative", n)
	}
}

func (v *validator) dateValue(ptr string, x any) {
	if x == nil {
		return
	}
	if s, ok := v.strOK(ptr, x); ok && !isDateValue(s) {
		v.fail(ptr, "%q is not YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by /", s)
	}
}

// describe names a decoded JSON value in a message.
func describe(x any) string {
	switch x := x.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case json.Number:
		return "number " + string(x)
	case string:
		return strconv.Quote(x)
	case []any:
		return "an array"
	default:
		return "an object"
	}
}

// escape writes a field name as a JSON pointer token.
func escape(name string) string {
	if !strings.ContainsAny(name, "~/") {
		return name
	}
	return strings.ReplaceAll(strings.ReplaceAll(name, "~", "~0"), "/", "~1")
}
