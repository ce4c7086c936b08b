package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referee is the Python scorer beside the contract, when it is there: the
// repository must stand alone, so tests that need it skip without it.
func referee(t *testing.T) (python, script string) {
	t.Helper()
	script = filepath.Join(repoRoot, "..", "shared", "eval", "score")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("referee scorer not found at %s (it lives beside the repository, not in it): %v", script, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: cannot run the referee scorer")
	}
	// The interpreter itself rather than a version manager's shim (pyenv,
	// asdf), which costs about a second per run.
	if out, err := exec.Command(python, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		if exe := strings.TrimSpace(string(out)); exe != "" {
			python = exe
		}
	}
	return python, script
}

// predFromGold turns gold annotations into extraction output with
// deterministic damage (dropped, retyped and renamed entities, shortened
// and reattributed quotes, relabelled sentences, a wrong title), so that
// the scores exercise every branch rather than being all zero.
func predFromGold(t *testing.T, gold map[string]any, n int) map[string]any {
	t.Helper()
	id := gold["article"].(string)
	art := map[string]any{"id": id, "title": gold["title"], "source_language": gold["source_language"], "sections": gold["sections"]}
	if n%2 == 1 {
		art["title"] = "Wrong title"
	}
	var ents []any
	for i, x := range gold["entities"].([]any) {
		e := x.(map[string]any)
		switch {
		case i%5 == 0: // dropped
			continue
		case i%7 == 0:
			e = map[string]any{"text": e["text"], "type": "ORG", "role": "", "aliases": []any{}}
		case i%4 == 0: // only an alias in common
			e = map[string]any{"text": "The " + e["text"].(string), "type": e["type"], "role": e["role"], "aliases": []any{e["text"]}}
		case i%3 == 0:
			e = map[string]any{"text": e["text"], "type": e["type"], "role": "President", "aliases": e["aliases"]}
		}
		ents = append(ents, e)
	}
	ents = append(ents, map[string]any{"text": "Spurious Entity", "type": "PERSON", "role": "", "aliases": []any{}})
	var quotes []any
	for i, x := range gold["quotes"].([]any) {
		q := x.(map[string]any)
		text := q["text"].(string)
		w := strings.Fields(text)
		switch {
		case i%6 == 0:
			continue
		case i%5 == 0 && len(w) > 6:
			text = strings.Join(w[:len(w)-1], " ") // still Dice >= 0.8
		case i%4 == 0 && len(w) > 2:
			text = strings.Join(w[:len(w)/2], " ") // too short to match
		}
		var sp any
		if q["speaker"] != nil {
			sp = map[string]any{"entity": "e1", "text": q["speaker"], "mention": q["speaker"]}
		}
		if i%3 == 0 {
			sp = nil
		}
		quotes = append(quotes, map[string]any{"text": text, "kind": q["kind"], "speaker": sp})
	}
	var sents []any
	labels := []string{"agreement", "demand", "reaction", "other"}
	for i, x := range gold["sentences"].([]any) {
		s := x.(map[string]any)
		label := s["label"]
		if i%3 == 0 {
			label = labels[(i+n)%4]
		}
		if i%11 == 0 {
			continue
		}
		sents = append(sents, map[string]any{"id": i, "text": s["text"], "label": label})
	}
	return map[string]any{"schema_version": "1", "article": art, "entities": ents, "quotes": quotes, "sentences": sents}
}

// syntheticPreds writes damaged predictions for all but the last gold
// article (so one is missing): even articles as .json files, odd ones
// together in one .jsonl file.
func syntheticPreds(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	dir := t.TempDir()
	var jsonl bytes.Buffer
	for n, f := range files[:len(files)-1] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var g map[string]any
		require.NoError(t, json.Unmarshal(b, &g))
		p, err := json.Marshal(predFromGold(t, g, n))
		require.NoError(t, err)
		if n%2 == 0 {
			require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.json", n)), p, 0o644))
		} else {
			jsonl.Write(append(p, '\n'))
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "rest.jsonl"), jsonl.Bytes(), 0o644))
	return dir
}

// TestEvalMatchesReferee runs the Python referee and parley eval on the
// same files and requires identical output, in every output mode.
func TestEvalMatchesReferee(t *testing.T) {
	python, script := referee(t)
	outputs := t.TempDir()
	r := run(t, "", "batch", articlesDir, "--out", outputs)
	require.Equal(t, 0, r.code, r.err)
	synthetic := syntheticPreds(t)

	cases := []struct{ name, pred string }{
		{"pipeline output", outputs},
		{"damaged gold", synthetic},
	}
	for _, c := range cases {
		for _, mode := range [][]string{nil, {"--per-article"}, {"--json"}, {"--json", "--per-article"}} {
			t.Run(c.name+" "+strings.Join(mode, " "), func(t *testing.T) {
				t.Parallel() // the referee is mostly Python's start-up time
				args := append([]string{script, goldDir, "--pred", c.pred}, mode...)
				cmd := exec.Command(python, args...)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				want, err := cmd.Output()
				require.NoError(t, err, stderr.String())

				got := run(t, "", append(append([]string{"eval", "--gold", goldDir}, mode...), c.pred)...)
				require.Equal(t, 0, got.code, got.err)
				assert.Equal(t, string(want), got.out)
			})
		}
	}
}

func TestEvalOutput(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	require.NoError(t, err)
	n := len(golds)
	require.GreaterOrEqual(t, n, 2)
	last := strings.TrimSuffix(filepath.Base(golds[n-1]), ".json")
	pred := syntheticPreds(t)
	r := run(t, "", "eval", "--gold", goldDir, pred)
	require.Equal(t, 0, r.code, r.err)
	assert.Regexp(t, fmt.Sprintf(`^== all %d articles \(1 without prediction: %s\)\n`, n, regexp.QuoteMeta(last)), r.out)
	assert.Contains(t, r.out, "entities                     P ")
	assert.Contains(t, r.out, "metadata (title/lang/sections) accuracy ")

	r = run(t, "", "eval", "--gold", goldDir, "--json", pred)
	require.Equal(t, 0, r.code, r.err)
	var s map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.out), &s))
	assert.EqualValues(t, n, s["articles"])
	assert.Equal(t, []any{last}, s["missing_predictions"])
}

func TestEvalErrors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	require.GreaterOrEqual(t, len(files), 2)
	bad := writeFiles(t, map[string]string{"bad.json": "{not json", "bad.jsonl": "{}\n[1]\n"})
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"gold given as output", []string{"--gold", files[0], files[1]}, "holds a gold annotation"},
		{"missing output", []string{"--gold", goldDir, "/nonexistent.json"}, "/nonexistent.json"},
		{"bad json", []string{"--gold", goldDir, filepath.Join(bad, "bad.json")}, "bad.json"},
		{"bad jsonl line", []string{"--gold", goldDir, filepath.Join(bad, "bad.jsonl")}, "bad.jsonl:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", append([]string{"eval"}, tt.args...)...)
			assert.Equal(t, ExitError, r.code)
			assert.Contains(t, r.err, tt.want)
		})
	}
}
