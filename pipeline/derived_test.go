package pipeline

import "testing"

// TestTokenDerived: a value is built once per key and again when Tokens
// is replaced.
func TestTokenDerived(t *testing.T) {
	d := &Document{Text: "a b", Tokens: []Token{{Span: Span{0, 1}}, {Span: Span{2, 3}}}}
	builds := 0
	get := func(key any) any {
		return d.TokenDerived(key, func() any { builds++; return len(d.Tokens) })
	}
	if get(1) != 2 || get(1) != 2 || builds != 1 {
		t.Fatalf("built %d times", builds)
	}
	if get("other") != 2 || builds != 2 {
		t.Fatalf("another key: built %d times", builds)
	}
	d.Tokens = d.Tokens[:1]
	if get(1) != 1 || builds != 3 {
		t.Fatalf("new tokens: built %d times", builds)
	}
}
