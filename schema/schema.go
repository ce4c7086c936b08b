// Package schema holds the JSON Schema (draft 2020-12) of parley's output,
// parley-output.schema.json, embedded; Validate, its rules written out in
// Go; and the checks the schema cannot express: that ids refer to
// entities that exist, that every span lies in the input and that its
// text is the input's slice (Check).
package schema

import _ "embed"

// JSON is the schema document.
//
//go:embed parley-output.schema.json
var JSON []byte

// URL is the schema's $id.
const URL = "https://github.com/parley-nlp/parley/schema/parley-output.schema.json"
