package pipeline

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// MaxInputBytes bounds one article; larger input is rejected, not truncated.
const MaxInputBytes = 64 << 20

// InputError reports input that cannot be an article: empty, binary, not
// UTF-8 or too large. Offset is the byte offset of the problem (-1 if none);
// Line is its 1-based line (0 if none).
type InputError struct {
	Path   string
	Offset int
	Line   int
	Reason string
}

func (e *InputError) Error() string {
	name := e.Path
	if name == "" || name == "-" {
		name = "<stdin>"
	}
	if e.Offset >= 0 {
		return fmt.Sprintf("%s:%d: byte %d: %s", name, e.Line, e.Offset, e.Reason)
	}
	return fmt.Sprintf("%s: %s", name, e.Reason)
}

// StageError wraps a stage's failure with the stage and document it hit.
type StageError struct {
	Stage string
	DocID string
	Err   error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("%s: stage %s: %v", e.DocID, e.Stage, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// Validate checks that data can be read as an article.
func Validate(path string, data []byte) error {
	if len(data) > MaxInputBytes {
		return &InputError{Path: path, Offset: -1, Reason: fmt.Sprintf("input is %d bytes, more than the %d allowed", len(data), MaxInputBytes)}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		return &InputError{Path: path, Offset: -1, Reason: "empty input"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Path: path, Offset: i, Line: lineOf(data, i), Reason: "NUL byte: binary file, not text"}
	}
	if utf8.Valid(data) { // the common case, checked eight bytes at a time; the loop below only places the error
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return &InputError{Path: path, Offset: i, Line: lineOf(data, i), Reason: "invalid UTF-8"}
		}
		i += n
	}
	return nil
}

func lineOf(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }
