package postag

import "testing"

// TestMemoKeyIn checks that reading a key in place gives memoKey's prefix
// and hash, for every length and with and without bytes after the key.
func TestMemoKeyIn(t *testing.T) {
	text := "abcdefghijklmnopqrstuvwxyz0123456789"
	for start := 0; start < len(text); start++ {
		for end := start; end <= len(text); end++ {
			pre, h := memoKeyIn(text, start, end)
			wpre, wh := memoKey(text[start:end])
			if pre != wpre || h != wh {
				t.Fatalf("memoKeyIn(%q) = %x %x, memoKey %x %x", text[start:end], pre, h, wpre, wh)
			}
		}
	}
}
