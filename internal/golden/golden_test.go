package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFlagRegisteredOnce(t *testing.T) {
	f := flag.Lookup("update")
	require.NotNil(t, f)
	assert.Equal(t, "false", f.DefValue)
}

func TestUpdateFromEnv(t *testing.T) {
	if flag.Lookup("update").Value.String() == "true" {
		t.Skip("running under -update")
	}
	t.Setenv("UPDATE_GOLDEN", "")
	assert.False(t, Update())
	t.Setenv("UPDATE_GOLDEN", "1")
	assert.True(t, Update())
}

func TestCompareWritesUnderUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.json")
	t.Setenv("UPDATE_GOLDEN", "1")
	Compare(t, path, []byte("{}\n"))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "{}\n", string(b))
	t.Setenv("UPDATE_GOLDEN", "")
	if !Update() {
		Compare(t, path, []byte("{}\n")) // equal: passes
	}
}

func TestDiff(t *testing.T) {
	assert.Empty(t, Diff("a", []byte("x\n"), []byte("x\n")))
	assert.Contains(t, Diff("a", []byte("x\n"), []byte("y\n")), "-x\n+y\n")
}
