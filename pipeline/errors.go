package pipeline

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// MaxInputBytes is the default bound on one article (64 MiB); larger
// input is rejected, not truncated. The pipeline's time and memory grow
// in proportion to the input, its memory to some hundred times the input
// at worst (a line per character), so the bound is what keeps one article
// from taking the machine.
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

// Validate checks that data can be read as an article of at most
// MaxInputBytes.
func Validate(path string, data []byte) error { return ValidateMax(path, data, MaxInputBytes) }

// ValidateMax is Validate with a bound of max bytes (none if max <= 0).
func ValidateMax(path string, data []byte, max int) error {
	if max > 0 && len(data) > max {
		return TooLarge(path, int64(len(data)), max)
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

// TooLarge is the error for an input of size bytes when max are allowed;
// size -1 when reading stopped at the bound, so that the size is not known.
func TooLarge(path string, size int64, max int) *InputError {
	if size < 0 {
		return &InputError{Path: path, Offset: -1, Reason: fmt.Sprintf("input is more than the %d bytes allowed", max)}
	}
	return &InputError{Path: path, Offset: -1, Reason: fmt.Sprintf("input is %d bytes, more than the %d allowed", size, max)}
}

// lineOf is the 1-based line of byte off, where a line ends at \n, \r\n
// or a lone \r (the reader's line ends).
func lineOf(data []byte, off int) int {
	head := data[:off]
	lines := bytes.Count(head, []byte("\n")) + bytes.Count(head, []byte("\r")) - bytes.Count(head, []byte("\r\n")) + 1
	if len(head) > 0 && head[len(head)-1] == '\r' && off < len(data) && data[off] == '\n' {
		lines-- // the \r of a \r\n that the offset splits: one line end
	}
	return lines
}
