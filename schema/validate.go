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

// check checks one value, at JSON pointer ptr.
type check func(ptr string, x any)

// field is a field of an object and the check of its value.
type field struct {
	name  string
	check check
}

func (v *validator) output(doc any) {
	v.object("", doc,
		field{"schema_version", func(p string, x any) {
			if x != "1" {
				v.fail(p, "%s, want \"1\"", describe(x))
			}
		}},
		field{"article", v.article},
		field{"entities", v.array(v.entity)},
		field{"quotes", v.array(v.quote)},
		field{"sentences", v.array(v.sentence)})
}

func (v *validator) article(ptr string, x any) {
	v.object(ptr, x,
		field{"id", v.text},
		field{"title", v.str},
		field{"source_language", v.str},
		field{"sha256", v.pattern(isDigest, "64 lower-case hex digits")},
		field{"sections", v.array(v.str)},
		field{"bytes", v.offset},
		field{"paragraphs", v.array(func(p string, x any) {
			v.object(p, x, field{"start", v.offset}, field{"end", v.offset})
		})})
}

func (v *validator) entity(ptr string, x any) {
	o := v.object(ptr, x,
		field{"id", v.entityID},
		field{"text", v.text},
		field{"type", v.enum(entityTypes)},
		field{"value", nil}, // checked below, by type
		field{"role", v.str},
		field{"aliases", v.unique(v.text)},
		field{"mentions", v.array(func(p string, x any) {
			v.object(p, x, field{"start", v.offset}, field{"end", v.offset}, field{"sentence", v.offset}, field{"text", v.text})
		})})
	if o == nil {
		return
	}
	if m, ok := o["mentions"].([]any); ok && len(m) == 0 {
		v.fail(ptr+"/mentions", "empty, want at least one mention")
	}
	// the schema's if/then/else: an absent type counts as DATE there
	value, hasValue := o["value"]
	if typ, ok := o["type"]; !ok || typ == "DATE" {
		if !hasValue {
			v.fail(ptr+"/value", "missing; a DATE has one")
		} else if value != nil {
			v.pattern(isDateValue, "YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by /")(ptr+"/value", value)
		}
		if a, ok := o["aliases"].([]any); ok && len(a) > 0 {
			v.fail(ptr+"/aliases", "%d aliases; a DATE has none", len(a))
		}
	} else if hasValue {
		v.fail(ptr+"/value", "only a DATE has a value")
	}
}

func (v *validator) quote(ptr string, x any) {
	v.object(ptr, x,
		field{"id", v.pattern(func(s string) bool { return isID(s, 'q') }, "q1, q2, ...")},
		field{"text", v.text},
		field{"kind", v.enum(quoteKinds)},
		field{"start", v.offset}, field{"end", v.offset}, field{"sentence", v.offset},
		field{"cue", v.str},
		field{"speaker", func(p string, x any) {
			if x != nil {
				v.speaker(p, x)
			}
		}})
}

func (v *validator) speaker(ptr string, x any) {
	v.object(ptr, x,
		field{"entity", v.entityID},
		field{"text", v.text},
		field{"mention", v.text}, field{"mention_start", v.offset}, field{"mention_end", v.offset})
}

func (v *validator) sentence(ptr string, x any) {
	v.object(ptr, x,
		field{"id", v.offset},
		field{"start", v.offset}, field{"end", v.offset}, field{"paragraph", v.offset},
		field{"text", v.text},
		field{"label", v.enum(sentenceLabels)},
		field{"actors", v.unique(v.entityID)},
		field{"cues", v.array(v.text)})
}

// object checks that x is an object with the fields, all of them but
// those with no check (which the caller checks), and no other; it
// returns the object, or nil if x is none.
func (v *validator) object(ptr string, x any, fields ...field) map[string]any {
	o, ok := x.(map[string]any)
	if !ok {
		v.fail(ptr, "%s, want an object", describe(x))
		return nil
	}
	known := func(k string) bool {
		return slices.ContainsFunc(fields, func(f field) bool { return f.name == k })
	}
	for _, f := range fields {
		if x, ok := o[f.name]; !ok && f.check != nil {
			v.fail(ptr+"/"+escape(f.name), "missing")
		} else if ok && f.check != nil {
			f.check(ptr+"/"+escape(f.name), x)
		}
	}
	var unknown []string
	for k := range o {
		if !known(k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		v.fail(ptr+"/"+escape(k), "unknown field")
	}
	return o
}

// array checks an array and each item with item.
func (v *validator) array(item check) check {
	return func(ptr string, x any) {
		a, ok := x.([]any)
		if !ok {
			v.fail(ptr, "%s, want an array", describe(x))
			return
		}
		for i, it := range a {
			item(ptr+"/"+strconv.Itoa(i), it)
		}
	}
}

// unique is array for an array whose items differ.
func (v *validator) unique(item check) check {
	each := v.array(item)
	return func(ptr string, x any) {
		each(ptr, x)
		a, _ := x.([]any)
		seen := make(map[string]int, len(a))
		for i, it := range a {
			s, ok := it.(string)
			if !ok {
				continue
			}
			if j, dup := seen[s]; dup {
				v.fail(ptr+"/"+strconv.Itoa(i), "%q repeats item %d", s, j)
			}
			seen[s] = i
		}
	}
}

// pattern checks a string that match accepts; want says what it must be.
func (v *validator) pattern(match func(string) bool, want string) check {
	return func(ptr string, x any) {
		if s, ok := v.strOK(ptr, x); ok && !match(s) {
			v.fail(ptr, "%q is not %s", s, want)
		}
	}
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
	v.pattern(func(s string) bool { return isID(s, 'e') }, "e1, e2, ...")(ptr, x)
}

// enum checks a string among values.
func (v *validator) enum(values []string) check {
	return func(ptr string, x any) {
		if s, ok := x.(string); !ok || !slices.Contains(values, s) {
			v.fail(ptr, "%s is not one of %s", describe(x), strings.Join(values, ", "))
		}
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
