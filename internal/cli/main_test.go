package cli

import (
	"os"
	"testing"
)

// mainEnv set to 1 makes the test binary run parley's Main on its
// arguments instead of the tests: the signal tests start it as a child
// process to send it real signals.
const mainEnv = "PARLEY_TEST_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(mainEnv) == "1" {
		os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
