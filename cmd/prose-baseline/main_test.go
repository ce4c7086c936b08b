package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSmoke runs the command's pipeline on one small article and checks the
// contract fields the referee reads.
func TestSmoke(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "tiny-talks.txt")
	text := "President Donald Trump met Vladimir Putin in Helsinki. The talks lasted two hours.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(filepath.Join(dir, "out"), []string{in}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "out", "tiny-talks.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got output
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Article.ID != "tiny-talks" {
		t.Errorf("article.id = %q", got.Article.ID)
	}
	if len(got.Sentences) != 2 || got.Sentences[0].Label != "other" {
		t.Errorf("sentences = %+v", got.Sentences)
	}
	if len(got.Entities) == 0 {
		t.Fatal("no entities")
	}
	seen := map[[2]string]bool{}
	for _, e := range got.Entities {
		switch e.Type {
		case "PERSON", "ORG", "GPE", "LOC", "FAC":
		default:
			t.Errorf("entity %q has type %q, not a contract type", e.Text, e.Type)
		}
		if e.Aliases == nil {
			t.Errorf("entity %q: aliases is null", e.Text)
		}
		k := [2]string{e.Text, e.Type}
		if seen[k] {
			t.Errorf("entity %v listed twice", k)
		}
		seen[k] = true
	}
}
