package pipeline

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The encoder appends JSON by hand, byte for byte as encoding/json's
// Encoder with SetEscapeHTML(false) (and SetIndent("", indent) when indent
// is set) writes it: encoding went through reflection and a second
// indenting pass, about a tenth of the pipeline's time.
//
// Output's shape is fixed, so everything between two values — commas,
// line breaks, indentation and keys — is known in advance: a layout holds
// those separators, built once per indentation, and writing a value is one
// append for what precedes it and one for the value itself.

// object is the text around the members of one kind of object at one
// depth: pre[i] comes before member i's value ("{" and the first key for
// i == 0), end after the last value. A member after the first may be left
// out (an entity's "value" for types other than DATE), since each pre
// starts with its comma.
type object struct {
	pre []string
	end string
}

// array is the text around the elements of an array at one depth: first
// before the first element, next before each later one, end after the
// last; an empty array is "[]".
type array struct {
	first, next, end string
}

// layout is Output's separators for one indentation.
type layout struct {
	root, article, span, entity, mention, quote, speaker, sentence object
	// arrays by the depth of their opening bracket
	list [4]array
}

func newLayout(indent string) *layout {
	nl := func(depth int) string {
		if indent == "" {
			return ""
		}
		return "\n" + strings.Repeat(indent, depth)
	}
	colon := ":"
	if indent != "" {
		colon = ": "
	}
	obj := func(depth int, keys ...string) object {
		o := object{end: nl(depth) + "}"}
		for i, k := range keys {
			sep := ","
			if i == 0 {
				sep = "{"
			}
			o.pre = append(o.pre, sep+nl(depth+1)+`"`+k+`"`+colon)
		}
		return o
	}
	l := &layout{
		root:     obj(0, "schema_version", "article", "entities", "quotes", "sentences"),
		article:  obj(1, "id", "title", "source_language", "sha256", "sections", "bytes", "paragraphs"),
		span:     obj(3, "start", "end"),
		entity:   obj(2, "id", "text", "type", "value", "role", "aliases", "mentions"),
		mention:  obj(4, "start", "end", "sentence", "text"),
		quote:    obj(2, "id", "text", "kind", "start", "end", "sentence", "cue", "speaker"),
		speaker:  obj(3, "entity", "text", "mention", "mention_start", "mention_end"),
		sentence: obj(2, "id", "start", "end", "paragraph", "text", "label", "actors", "cues"),
	}
	for d := range l.list {
		l.list[d] = array{first: nl(d + 1), next: "," + nl(d+1), end: nl(d) + "]"}
	}
	return l
}

// The two indentations parley writes.
var (
	compactLayout  = newLayout("")
	indentedLayout = newLayout("  ")
)

func layoutFor(indent string) *layout {
	switch indent {
	case "":
		return compactLayout
	case "  ":
		return indentedLayout
	}
	return newLayout(indent)
}

// elem appends what precedes element i of array a.
func (a *array) elem(b []byte, i int) []byte {
	if i == 0 {
		return append(b, a.first...)
	}
	return append(b, a.next...)
}

// close appends the end of array a of n elements.
func (a *array) close(b []byte, n int) []byte {
	if n == 0 {
		return append(b, ']')
	}
	return append(b, a.end...)
}

// strings appends ss as an array whose bracket is at array a's depth.
func (a *array) strings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		b = a.elem(b, i)
		b = appendString(b, s)
	}
	return a.close(b, len(ss))
}

// appendInt appends n in decimal. The numbers written are offsets and
// indexes: small and positive, written here without strconv's calls, in
// place and two digits at a time (a copy from a buffer on the stack cost
// a call per number).
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 1e8 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	if n < 10 {
		return append(b, byte('0'+n))
	}
	u := uint(n)
	// the number of digits: log10 from the bit length (1233/4096 is
	// about log10(2)), one more if u reaches the next power of ten
	digits := bits.Len(u) * 1233 >> 12
	if u >= pow10[digits] {
		digits++
	}
	if cap(b)-len(b) < digits {
		b = slices.Grow(b, digits)
	}
	k := len(b) + digits
	b = b[:k]
	for u >= 100 {
		q := u / 100
		k -= 2
		binary.LittleEndian.PutUint16(b[k:k+2], digitPairs16[u-q*100])
		u = q
	}
	if u >= 10 {
		binary.LittleEndian.PutUint16(b[k-2:k], digitPairs16[u])
	} else {
		b[k-1] = byte('0' + u)
	}
	return b
}

// digitPairs16 is digitPairs by number, each pair as one little-endian
// uint16: a pair is written with one store.
var digitPairs16 = func() (t [100]uint16) {
	for i := range t {
		t[i] = uint16(digitPairs[2*i]) | uint16(digitPairs[2*i+1])<<8
	}
	return t
}()

// pow10 are the powers of ten up to 10^8.
var pow10 = [...]uint{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// digitPairs holds the two digits of each number from 00 to 99.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

const hexDigits = "0123456789abcdef"

// plain marks the bytes a JSON string holds as they are: printable ASCII
// other than '"' and '\\'. Bytes from 0x80 up are checked as UTF-8.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString appends s quoted with encoding/json's escapes (HTML
// characters left alone): \" \\ \b \f \n \r \t, \u00XX for other control
// bytes, \ufffd for an invalid byte, and \u2028, \u2029.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plainWord(load8(s[i:i+8])) {
			i += 8
		}
		// up to the byte that stopped the words, or to the end of a
		// string shorter than eight bytes (most names, types and roles),
		// in a loop that tests nothing else
		for i < len(s) && plain[s[i]] {
			i++
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendControl(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load8 is the first 8 bytes of s as a little-endian word.
func load8(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether the 8 bytes of x are all plain: none is a
// control byte, '"', '\\' or non-ASCII (tested a word at a time). It and
// load8 are apart to be small enough to be inlined into the loops that
// call them once per 8 bytes.
func plainWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := x^(ones*'"'), x^(ones*'\\')
	// With no high bit set in x, x - 0x20 in every byte borrows (sets a
	// high bit) iff some byte is below 0x20, and (v-1) &^ v has a high bit
	// iff some byte of v is zero.
	special := (x - ones*0x20) | (quote-ones)&^quote | (backslash-ones)&^backslash
	return (x|special)&highs == 0
}

// appendControl escapes an ASCII byte that plain rejects.
func appendControl(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
