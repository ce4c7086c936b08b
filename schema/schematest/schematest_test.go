package schematest

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/parley-nlp/parley/internal/golden" // -update flag
)

// TestNotInTheParleyBinary: the JSON Schema validator, whose package init
// compiles its metaschemas, stays out of the parley command.
func TestNotInTheParleyBinary(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(gobin, "list", "-deps", "github.com/parley-nlp/parley/cmd/parley").CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/parley-nlp/parley/schema")
	for _, d := range deps {
		assert.False(t, strings.HasPrefix(d, "github.com/santhosh-tekuri/jsonschema"), d)
		assert.NotEqual(t, "github.com/parley-nlp/parley/schema/schematest", d)
	}
}
