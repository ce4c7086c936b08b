package segment

// The blank import registers the -update flag in this test binary, so that
// `go test ./... -update` does not fail here with "flag provided but not
// defined".
import _ "github.com/parley-nlp/parley/internal/golden"
