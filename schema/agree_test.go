package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/schema"
	"github.com/parley-nlp/parley/schema/schematest"
)

// TestValidateAgreesWithJSONSchema breaks the golden outputs in every
// place and every way listed below (a field dropped, an unknown one
// added, a value of each JSON type, ids, enums and dates just off) and
// requires schema.Validate and a JSON Schema validator on the published
// file to give the same verdict; where both reject, Validate must point
// at the value the validator blames (or into it, or at its container).
// Places are taken once per shape, so that each golden file adds only
// what the ones before it did not have (a DATE with a range, a quote
// with no speaker), and arrays are cut to the items of distinct shapes
// to keep the documents small.
func TestValidateAgreesWithJSONSchema(t *testing.T) {
	seen := map[string]bool{}
	var docs, rejected int
	for _, path := range goldenFiles(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var doc any
		require.NoError(t, dec.Decode(&doc))
		doc = trim(doc)
		forEachMutation(doc, "", "", func(shape, what string, ptr string) {
			if seen[shape+" "+what] {
				return
			}
			seen[shape+" "+what] = true
			mutated, err := json.Marshal(doc)
			require.NoError(t, err)
			docs++
			want := schematest.Validate(mutated)
			got := schema.Validate(mutated)
			if want == nil {
				assert.NoError(t, got, "%s at %s: JSON Schema accepts it", what, ptr)
				return
			}
			rejected++
			if !assert.Error(t, got, "%s at %s: JSON Schema rejects it:\n%v", what, ptr, want) {
				return
			}
			var ve *jsonschema.ValidationError
			var se *schema.Error
			require.True(t, errors.As(want, &ve))
			require.True(t, errors.As(got, &se))
			assert.True(t, related(se, leaves(ve, nil)), "%s at %s:\nValidate: %v\njsonschema: %v", what, ptr, got, want)
		})
	}
	t.Logf("%d mutated documents, %d rejected by the schema", docs, rejected)
	assert.Greater(t, rejected, 500)
	assert.Greater(t, docs-rejected, 50)
}

// forEachMutation changes x, the value at pointer ptr whose shape is
// shape (ptr with array indices as * and entities by their type), in place
// one way at a time, calls f, and puts it back.
func forEachMutation(x any, ptr, shape string, f func(shape, what, ptr string)) {
	switch x := x.(type) {
	case map[string]any:
		x["extra"] = true
		f(shape, "unknown field", ptr)
		delete(x, "extra")
		for _, k := range sortedKeys(x) {
			old := x[k]
			kp, ks := ptr+"/"+k, shape+"/"+k+"("+kind(old)+")"
			delete(x, k)
			f(ks, "dropped", kp)
			for i, r := range replacements(old) {
				x[k] = r
				f(ks, fmt.Sprintf("replaced by %s (%d)", kind(r), i), kp)
			}
			x[k] = old
			forEachMutation(old, kp, ks, f)
		}
	case []any:
		// arrays of another length are among the parent's replacements
		for i, item := range x {
			is := shape + "/*"
			if m, ok := item.(map[string]any); ok {
				if typ, ok := m["type"].(string); ok {
					is += typ
				}
			}
			for j, r := range replacements(item) {
				x[i] = r
				f(is, fmt.Sprintf("item replaced by %s (%d)", kind(r), j), ptr+"/"+strconv.Itoa(i))
			}
			x[i] = item
			forEachMutation(item, ptr+"/"+strconv.Itoa(i), is, f)
		}
	}
}

// trim keeps, of each array in x, the first item and then the
// first of each other signature.
func trim(x any) any {
	switch x := x.(type) {
	case map[string]any:
		for k, v := range x {
			x[k] = trim(v)
		}
	case []any:
		kept := []any{}
		seen := map[string]bool{}
		for i, item := range x {
			if sig := signature(item); i == 0 || !seen[sig] {
				seen[sig] = true
				kept = append(kept, trim(item))
			}
		}
		return kept
	}
	return x
}

// signature is x's kind, with for an object its fields' kinds and its
// type, if it has one.
func signature(x any) string {
	m, ok := x.(map[string]any)
	if !ok {
		return kind(x)
	}
	var b strings.Builder
	for _, k := range sortedKeys(m) {
		b.WriteString(k + ":" + kind(m[k]) + " ")
	}
	if typ, ok := m["type"].(string); ok {
		b.WriteString(typ)
	}
	return b.String()
}

// replacements are the values tried in place of old: one of each JSON
// type; for a string, strings that are almost ids, enums and dates; for a
// number, numbers that are almost offsets; for an array, old with an item
// removed, repeated or added.
func replacements(old any) []any {
	rs := []any{nil, true, "x", json.Number("-1"), json.Number("2.5"), []any{}, map[string]any{}}
	switch old := old.(type) {
	case nil:
		rs = append(rs, "", "2025-02-18", "2014/2016", "2025-13", "2025-02-32", "2025-00-01",
			"25-02-18", "2014/", "2025-02-18/2025-02", "18 February 2025")
	case string:
		rs = append(rs, "", "e0", "e12", "E1", "q1", "q01", "DATE", "PERSON", "PER", "direct",
			"other", "threat", "2025", "2025-02", "2025-13", "2025-02-32", "2014/2016",
			old+"\n", old+"0", strings.ToLower(old), strings.ToUpper(old))
	case json.Number:
		rs = append(rs, json.Number("0"), json.Number("7.0"), json.Number("1e2"),
			json.Number(string(old)+".5"), json.Number("-"+string(old)))
	case []any:
		rs = append(rs, append(slices.Clone(old), "x"))
		if len(old) > 0 {
			rs = append(rs, old[1:], append(slices.Clone(old), old[0]))
		}
	}
	return rs
}

func kind(x any) string {
	switch x.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	default:
		return "object"
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// leaves are the JSON pointers of the values a validation error blames.
func leaves(e *jsonschema.ValidationError, out []string) []string {
	if len(e.Causes) == 0 {
		var b strings.Builder
		for _, tok := range e.InstanceLocation {
			b.WriteString("/" + tok)
		}
		return append(out, b.String())
	}
	for _, c := range e.Causes {
		out = leaves(c, out)
	}
	return out
}

// related: some problem of se lies at, in or just around a pointer the
// JSON Schema validator blames.
func related(se *schema.Error, blamed []string) bool {
	for _, p := range se.Problems {
		for _, b := range blamed {
			if p.Pointer == b || strings.HasPrefix(p.Pointer, b+"/") || strings.HasPrefix(b, p.Pointer+"/") {
				return true
			}
		}
	}
	return false
}
