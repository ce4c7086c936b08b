// Package schema holds the JSON Schema (draft 2020-12) of parley's output,
// parley-output.schema.json, embedded, and the checks the schema cannot
// express: that ids refer to entities that exist, that every span lies in
// the input and that its text is the input's slice (Check).
package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// JSON is the schema document.
//
//go:embed parley-output.schema.json
var JSON []byte

// URL is the schema's $id.
const URL = "https://github.com/parley-nlp/parley/schema/parley-output.schema.json"

// compiled is the schema compiled once per process.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON))
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(URL, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return c.Compile(URL)
})

// Validate checks one output document (JSON) against the schema. The
// error lists every violation with its JSON pointer.
func Validate(data []byte) error {
	sch, err := compiled()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(v)
}
