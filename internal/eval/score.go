package eval

import (
	"encoding/json"
	"sort"
)

// Doc is one decoded JSON object: an extraction output or a gold file.
type Doc = map[string]any

// Types and Labels are the contract's entity types and sentence labels, in
// the order the report lists them.
var (
	Types  = []string{"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE"}
	Labels = []string{"agreement", "demand", "reaction", "other"}
)

// Tally counts matches. Keys are a counter name, optionally qualified by a
// JSON value (an entity type, a quote kind, a label) as the referee's tuple
// keys are.
type Tally struct{ c map[string]int }

// NewTally returns an empty tally.
func NewTally() *Tally { return &Tally{c: map[string]int{}} }

func (t *Tally) add(key string, n int) { t.c[key] += n }
func (t *Tally) get(key string) int    { return t.c[key] }

// key qualifies name by a JSON value, keeping null, strings and other
// values apart.
func key(name string, v any) string {
	switch x := v.(type) {
	case nil:
		return name + "\x00null"
	case string:
		return name + "\x00s" + x
	default:
		b, _ := json.Marshal(x)
		return name + "\x00j" + string(b)
	}
}

func str(v any) string { s, _ := v.(string); return s }

func list(v any) []any { l, _ := v.([]any); return l }

func obj(v any) Doc { m, _ := v.(map[string]any); return m }

// truthy is Python's truth value of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case float64:
		return x != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// get is dict.get(k, def).
func get(d Doc, k string, def any) any {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

// names is the folded set of an entity's text and aliases.
func names(e Doc) map[string]bool {
	out := map[string]bool{}
	for _, x := range append([]any{e["text"]}, list(e["aliases"])...) {
		if truthy(x) {
			out[foldAny(x)] = true
		}
	}
	return out
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// ScoreDoc adds the counts of one article to t. pred may be empty (no
// prediction for this article).
func ScoreDoc(gold, pred Doc, t *Tally) {
	scoreEntities(gold, pred, t)
	scoreQuotes(gold, pred, t)
	scoreSentences(gold, pred, t)
	scoreMeta(gold, pred, t)
}

// scoreEntities: one-to-one, same type, a shared name.
func scoreEntities(gold, pred Doc, t *Tally) {
	gents, pents := objs(gold["entities"]), objs(pred["entities"])
	used := map[int]bool{}
	for _, g := range gents {
		t.add(key("ent_gold", g["type"]), 1)
		hit := -1
		for i, p := range pents {
			if !used[i] && equal(p["type"], g["type"]) && intersects(names(p), names(g)) {
				hit = i
				break
			}
		}
		if hit < 0 {
			continue
		}
		used[hit] = true
		t.add(key("ent_tp", g["type"]), 1)
		if equal(g["type"], "PERSON") {
			t.add("role_n", 1)
			if foldAny(orEmpty(pents[hit]["role"])) == foldAny(orEmpty(g["role"])) {
				t.add("role_ok", 1)
			}
		}
	}
	for _, p := range pents {
		t.add(key("ent_pred", p["type"]), 1)
		t.add("ent_pred_all", 1)
	}
	used = map[int]bool{}
	for _, g := range gents {
		for i, p := range pents {
			if !used[i] && intersects(names(p), names(g)) {
				used[i] = true
				t.add("ent_untyped_tp", 1)
				break
			}
		}
	}
}

// scoreQuotes: one-to-one, same kind, best Dice >= 0.8.
func scoreQuotes(gold, pred Doc, t *Tally) {
	entOfName := map[string]Doc{}
	for _, g := range objs(gold["entities"]) {
		for n := range names(g) {
			if _, ok := entOfName[n]; !ok {
				entOfName[n] = g
			}
		}
	}
	gq, pq := objs(gold["quotes"]), objs(pred["quotes"])
	used := map[int]bool{}
	for _, g := range gq {
		kind := get(g, "kind", "direct")
		t.add(key("q_gold", kind), 1)
		best, bi := 0.0, -1
		for i, p := range pq {
			if used[i] || !equal(get(p, "kind", "direct"), kind) {
				continue
			}
			if d := dice(str(get(p, "text", "")), str(g["text"])); d > best {
				best, bi = d, i
			}
		}
		if bi < 0 || best < 0.8 {
			continue
		}
		used[bi] = true
		t.add(key("q_tp", kind), 1)
		sp := pq[bi]["speaker"]
		if m, ok := sp.(map[string]any); ok {
			sp = m["text"]
		}
		okNames, okNull := map[string]bool{}, false
		for _, s := range append([]any{g["speaker"]}, list(g["speaker_also"])...) {
			if s == nil {
				okNull = true
				continue
			}
			okNames[foldAny(s)] = true
			for n := range names(entOfName[foldAny(s)]) {
				okNames[n] = true
			}
		}
		if (sp == nil && okNull) || (sp != nil && okNames[foldAny(sp)]) {
			t.add(key("q_speaker_ok", kind), 1)
		}
	}
	for _, p := range pq {
		t.add(key("q_pred", get(p, "kind", "direct")), 1)
	}
}

// scoreSentences: match on folded text; a label is right if it is the gold
// label or one of "also".
func scoreSentences(gold, pred Doc, t *Tally) {
	predByText := map[string][]Doc{}
	psents := objs(pred["sentences"])
	for _, s := range psents {
		k := foldKey(get(s, "text", ""))
		predByText[k] = append(predByText[k], s)
	}
	gs := objs(gold["sentences"])
	t.add("sent_gold", len(gs))
	t.add("sent_pred", len(psents))
	for _, g := range gs {
		ok := append([]any{g["label"]}, list(g["also"])...)
		k := foldKey(g["text"])
		var lab any
		if cands := predByText[k]; len(cands) > 0 {
			t.add("sent_seg_tp", 1)
			lab = cands[0]["label"]
			predByText[k] = cands[1:]
		}
		if contains(ok, lab) {
			t.add("sent_ok", 1)
			t.add(key("cls_tp", lab), 1)
			continue
		}
		t.add(key("cls_fn", g["label"]), 1)
		if lab != nil {
			t.add(key("cls_fp", lab), 1)
		}
	}
}

// foldKey is fold for a map key, where the referee keeps None apart from "".
func foldKey(v any) string {
	if v == nil {
		return "\x00null"
	}
	return "s" + foldAny(v)
}

func scoreMeta(gold, pred Doc, t *Tally) {
	art := obj(pred["article"])
	for _, k := range []string{"title", "source_language"} {
		gv, ok := gold[k]
		if !ok {
			continue
		}
		t.add("meta_n", 1)
		if gs, isStr := gv.(string); isStr && foldAny(orEmpty(art[k])) == fold(gs) {
			t.add("meta_ok", 1)
		}
	}
	gsec, ok := gold["sections"]
	if !ok {
		return
	}
	t.add("meta_n", 1)
	ps, gl := list(orEmpty(art["sections"])), list(gsec)
	if len(ps) != len(gl) {
		return
	}
	for i := range ps {
		if foldAny(ps[i]) != foldAny(gl[i]) {
			return
		}
	}
	t.add("meta_ok", 1)
}

// orEmpty is Python's `x or ""`.
func orEmpty(v any) any {
	if truthy(v) {
		return v
	}
	return ""
}

func objs(v any) []Doc {
	var out []Doc
	for _, x := range list(v) {
		out = append(out, obj(x))
	}
	return out
}

func equal(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case string, float64, bool:
		return a == b
	default:
		ja, _ := json.Marshal(x)
		jb, _ := json.Marshal(b)
		return string(ja) == string(jb)
	}
}

func contains(l []any, v any) bool {
	for _, x := range l {
		if equal(x, v) {
			return true
		}
	}
	return false
}

// sortedKeys returns the keys of m in Python's sorted() order (code
// points, which for UTF-8 is byte order).
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
