// Package schematest validates documents with a JSON Schema validator
// against the published schema, for tests only: the validator's package
// init compiles its metaschemas, some 22 million instructions in every
// command, a quarter of a `parley extract`, so the parley binary checks
// saved outputs with schema.Validate instead.
package schematest

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/parley-nlp/parley/schema"
)

// compiled is the schema compiled once per process.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSON))
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schema.URL, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return c.Compile(schema.URL)
})

// Validate checks one output document (JSON) against
// parley-output.schema.json. The error lists every violation with its
// JSON pointer; a *jsonschema.ValidationError when data is JSON.
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
