package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// DecodeOutput reads one output document (either indentation) back into
// an Output, as a saved output is rendered or compared. Unknown fields
// are an error: they mean a document of another version.
func DecodeOutput(data []byte) (*Output, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var o Output
	if err := dec.Decode(&o); err != nil {
		return nil, fmt.Errorf("decode output: %w", err)
	}
	return &o, nil
}
