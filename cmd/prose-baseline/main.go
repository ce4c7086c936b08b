// Command prose-baseline runs prose v2's own entity model
// (github.com/jdkato/prose/v2) over articles and writes its findings in the
// shape of parley's output (README, Output format), so that the referee
// can score prose beside parley on the same gold.
//
// usage: prose-baseline --out DIR FILE.txt...
//
// Each FILE is fed to prose.NewDocument exactly as read (no boilerplate
// stripping, no parley code anywhere): prose's default options segment,
// tag and extract. The model is built once, by the first document, and
// reused for the rest with prose.UsingModel. DIR/<id>.json is written for
// each FILE, id being its basename without .txt.
//
// What goes into the JSON:
//   - entities: one entry per distinct (text, type) prose emits, with no
//     aliases and no role (prose has neither). prose's labels map to the
//     contract's types: PERSON→PERSON, GPE→GPE, GSP→GPE (ACE's older name
//     for geo-political entities), ORGANIZATION→ORG, LOCATION→LOC,
//     FACILITY→FAC. prose's own label is kept in "prose_label".
//   - quotes: none (prose does not find quotes).
//   - sentences: prose's sentences, in order, every one labelled "other".
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jdkato/prose/v2"
)

// contractType maps a label of prose's maxent model (labels.gob holds
// PERSON, GPE, GSP, ORGANIZATION, LOCATION, FACILITY in B-/I- form) to a
// contract entity type. Unknown labels pass through unchanged.
var contractType = map[string]string{
	"PERSON":       "PERSON",
	"GPE":          "GPE",
	"GSP":          "GPE",
	"ORGANIZATION": "ORG",
	"LOCATION":     "LOC",
	"FACILITY":     "FAC",
}

type article struct {
	ID     string `json:"id"`
	SHA256 string `json:"sha256"`
}

type entity struct {
	ID         string   `json:"id"`
	Text       string   `json:"text"`
	Type       string   `json:"type"`
	Role       string   `json:"role"`
	Aliases    []string `json:"aliases"`
	ProseLabel string   `json:"prose_label"`
}

type sentence struct {
	ID    int    `json:"id"`
	Text  string `json:"text"`
	Label string `json:"label"`
}

type output struct {
	SchemaVersion string     `json:"schema_version"`
	Article       article    `json:"article"`
	Entities      []entity   `json:"entities"`
	Quotes        []struct{} `json:"quotes"`
	Sentences     []sentence `json:"sentences"`
}

// convert builds the contract-shaped object for one prose document.
func convert(id string, raw []byte, doc *prose.Document) output {
	sum := sha256.Sum256(raw)
	out := output{
		SchemaVersion: "1",
		Article:       article{ID: id, SHA256: hex.EncodeToString(sum[:])},
		Entities:      []entity{},
		Quotes:        []struct{}{},
		Sentences:     []sentence{},
	}
	seen := map[[2]string]bool{}
	for _, e := range doc.Entities() {
		typ, ok := contractType[e.Label]
		if !ok {
			typ = e.Label
		}
		key := [2]string{e.Text, typ}
		if seen[key] {
			continue
		}
		seen[key] = true
		out.Entities = append(out.Entities, entity{
			ID:         fmt.Sprintf("e%d", len(out.Entities)+1),
			Text:       e.Text,
			Type:       typ,
			Aliases:    []string{},
			ProseLabel: e.Label,
		})
	}
	for i, s := range doc.Sentences() {
		out.Sentences = append(out.Sentences, sentence{ID: i + 1, Text: s.Text, Label: "other"})
	}
	return out
}

func run(outDir string, files []string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	var model *prose.Model
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var opts []prose.DocOpt
		if model != nil {
			opts = append(opts, prose.UsingModel(model))
		}
		doc, err := prose.NewDocument(string(raw), opts...)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		model = doc.Model
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := json.MarshalIndent(convert(id, raw, doc), "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, id+".json"), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	outDir := flag.String("out", "", "folder for the <id>.json files (required)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prose-baseline --out DIR FILE.txt...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *outDir == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*outDir, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "prose-baseline:", err)
		os.Exit(1)
	}
}
