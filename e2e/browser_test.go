package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/internal/cli"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
)

// The browser test opens rendered pages in headless Chromium. Without a
// browser (or axe-core) it skips and says why, unless browserRequired is
// set in the environment, as .ci/run does: then a missing one fails.
const (
	browserRequired = "PARLEY_BROWSER_TESTS" // "1": no skipping
	browserPath     = "PARLEY_CHROMIUM"      // the browser, else chromium on PATH
	axePath         = "PARLEY_AXE_JS"        // axe.min.js, else under ~/.cache/parley/axe (.ci/run's)
	screenshotDir   = "PARLEY_SCREENSHOTS"   // a folder: write the docs/ screenshots there
)

// need skips the test with why, or fails it under browserRequired.
func need(t *testing.T, why string) {
	t.Helper()
	if os.Getenv(browserRequired) == "1" {
		t.Fatalf("%s (%s=1: the browser test must run)", why, browserRequired)
	}
	t.Skipf("%s; install it (apt-get install -y chromium; npm install --prefix ~/.cache/parley/axe axe-core) or run .ci/run", why)
}

func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(browserPath); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	need(t, "no Chromium on PATH (nor "+browserPath+")")
	return ""
}

func findAxe(t *testing.T) []byte {
	t.Helper()
	p := os.Getenv(axePath)
	if p == "" { // where .ci/run installs it
		cache, _ := os.UserCacheDir()
		p = filepath.Join(cache, "parley", "axe", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		need(t, "no axe-core at "+p+" (nor "+axePath+")")
	}
	return b
}

// browserPage is a page to open and the output it shows, with the prefix
// of its element ids.
type browserPage struct {
	name   string
	path   string
	out    *pipeline.Output
	prefix string
}

func TestBrowser(t *testing.T) {
	exe := findBrowser(t)
	axe := findAxe(t)
	dir := t.TempDir()
	pages := []browserPage{samplePage(t, dir), driftPage(t, dir)}

	ctx, cancel := newBrowser(t, exe, dir)
	defer cancel()

	shots := os.Getenv(screenshotDir)
	for _, pg := range pages {
		// the DOM does not depend on the width or the colour scheme: it is
		// checked once, and the page is loaded once
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+pg.path)), pg.name)
		t.Run(pg.name+"/dom", func(t *testing.T) { checkDOM(t, ctx, pg) })
		for _, scheme := range []string{"light", "dark"} {
			for _, width := range []int64{375, 1280} {
				t.Run(fmt.Sprintf("%s/%s/%d", pg.name, scheme, width), func(t *testing.T) {
					tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
					defer cancel()
					require.NoError(t, chromedp.Do(tctx, chromedp.EmulateViewport(width, 900), colourScheme(scheme)))
					overflow, err := chromedp.Run(tctx, chromedp.Evaluate[int](
						`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
					require.NoError(t, err)
					assert.LessOrEqual(t, overflow, 0, "the page is %d px wider than the %d px viewport", overflow, width)
					if width == 1280 { // axe's rules hardly depend on the width: once per scheme
						start := time.Now()
						checkAxe(t, tctx, axe)
						t.Logf("axe: %s", time.Since(start).Round(time.Millisecond))
					}
					if shots != "" && screenshots[fmt.Sprintf("%s/%s/%d", pg.name, scheme, width)] {
						screenshot(t, tctx, shots, pg.name, scheme, width)
					}
				})
			}
		}
	}
}

// screenshots are the views docs/ keeps (PARLEY_SCREENSHOTS=docs).
var screenshots = map[string]bool{"sample/light/1280": true, "sample/dark/1280": true, "sample/light/375": true, "drift/light/1280": true}

// colourScheme makes the page see prefers-color-scheme: scheme.
func colourScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// newBrowser starts headless Chromium with a fresh profile under dir and
// no network of its own (no background requests, updates or sync).
func newBrowser(t *testing.T, exe, dir string) (context.Context, context.CancelFunc) {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(filepath.Join(dir, "profile")), chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	require.NoError(t, chromedp.Do(ctx), "start %s", exe)
	return ctx, func() { cancelCtx(); cancelAlloc() }
}

// samplePage renders the sample article with the library.
func samplePage(t *testing.T, dir string) browserPage {
	path := filepath.Join(articlesDir, "riyadh-talks-2025.txt")
	input, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := pipeline.NewDocument(path, input)
	require.NoError(t, err)
	require.NoError(t, pipeline.Run(context.Background(), doc, mustStages(t)))
	var buf bytes.Buffer
	require.NoError(t, render.Page(&buf, render.FromDocument(doc)))
	out := filepath.Join(dir, "sample.html")
	require.NoError(t, os.WriteFile(out, buf.Bytes(), 0o644))
	o := pipeline.ToOutput(doc)
	return browserPage{name: "sample", path: out, out: &o}
}

// driftPage runs `parley golden check --html` on the sample article with
// a deliberately changed lexicon (an extra gazetteer that makes Riyadh a
// LOC and names the Diriyah Palace an ORG) and returns its drift page,
// checked on its new side.
func driftPage(t *testing.T, dir string) browserPage {
	articles := filepath.Join(dir, "articles")
	require.NoError(t, os.MkdirAll(articles, 0o755))
	input, err := os.ReadFile(filepath.Join(articlesDir, "riyadh-talks-2025.txt"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(articles, "riyadh-talks-2025.txt"), input, 0o644))
	changed := "LOC\tRiyadh\nORG\tDiriyah Palace\n"
	var out, errOut bytes.Buffer
	f := &cli.Factory{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Now: time.Now,
		IsTerminal: func(io.Writer) bool { return false },
		Models: func(extra ...extract.NamedReader) (*extract.Models, error) {
			return extract.NewModels(append(extra, extract.NamedReader{Name: "changed.tsv", R: strings.NewReader(changed)})...)
		}}
	html := filepath.Join(dir, "drift")
	code := cli.Run(context.Background(), f, []string{"golden", "check", "--articles", articles, "--golden", goldenDir, "--html", html})
	require.Equal(t, cli.ExitFindings, code, "the changed lexicon makes the sample drift: %s", errOut.String())
	require.Contains(t, out.String(), "entity retyped", "the NLP summary comes before the diff")
	page := filepath.Join(html, "riyadh-talks-2025.html")
	require.FileExists(t, page)

	// the new side is the output under the changed lexicon
	m, err := f.Models()
	require.NoError(t, err)
	doc, err := pipeline.NewDocument("riyadh-talks-2025.txt", input)
	require.NoError(t, err)
	require.NoError(t, pipeline.Run(context.Background(), doc, extract.Stages(m)))
	o := pipeline.ToOutput(doc)
	return browserPage{name: "drift", path: page, out: &o, prefix: "new-"}
}

// domQuery asks the page for the element with id (and its continuation
// fragments): its text without the labels the page adds, and its labels.
const domQuery = `(function(ids) {
  const strip = el => { const c = el.cloneNode(true);
    c.querySelectorAll('.etag,.qtag,.badge,.said,.chg-tag,.vh').forEach(x => x.remove()); return c.textContent; };
  const label = el => { const l = el.querySelector(':scope > .etag, :scope > .qtag, :scope > .badge');
    return l && l.firstChild ? l.firstChild.nodeValue : null; };
  const out = {};
  for (const id of ids) {
    const el = document.getElementById(id);
    if (!el) { out[id] = null; continue; }
    const frags = [el, ...document.querySelectorAll('[data-of="' + id + '"]')];
    out[id] = { text: frags.map(strip).join(''), labels: frags.map(label).filter(x => x) };
  }
  return out;
})`

// saidQuery gives, for each quote's speaker tag, its link's target: the
// target's text and whether it exists; null for a tag without a link.
const saidQuery = `(function(ids) {
  const out = {};
  for (const id of ids) {
    const tag = document.querySelector('.said[data-quote="' + id + '"]');
    if (!tag) { out[id] = {found: false}; continue; }
    const a = tag.querySelector('a');
    if (!a) { out[id] = {found: true, text: tag.textContent}; continue; }
    const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    const c = target && target.cloneNode(true);
    if (c) c.querySelectorAll('.etag,.qtag,.badge,.said,.chg-tag,.vh').forEach(x => x.remove());
    out[id] = {found: true, link: true, resolves: !!target, targetId: target ? target.id : '', text: c ? c.textContent : ''};
  }
  return out;
})`

type domElem struct {
	Text   string   `json:"text"`
	Labels []string `json:"labels"`
}

type saidTag struct {
	Found, Link, Resolves bool
	TargetID              string `json:"targetId"`
	Text                  string
}

func evalWith[T any](t *testing.T, ctx context.Context, fn string, arg any) T {
	t.Helper()
	b, err := json.Marshal(arg)
	require.NoError(t, err)
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](fn+"("+string(b)+")"))
	require.NoError(t, err)
	return v
}

// checkDOM: every entity mention, quote and sentence of the output is on
// the page with its text and its type, kind or label written out, and
// every speaker link resolves to the speaker's mention (or, when that is
// outside the body, the entity's entry).
func checkDOM(t *testing.T, ctx context.Context, pg browserPage) {
	t.Helper()
	p, o := pg.prefix, pg.out
	want := map[string]domElem{}
	for _, e := range o.Entities {
		want[p+e.ID] = domElem{Text: e.Text}
		for k, m := range e.Mentions {
			want[fmt.Sprintf("%s%s-m%d", p, e.ID, k+1)] = domElem{Text: m.Text, Labels: []string{e.Type}}
		}
	}
	for _, q := range o.Quotes {
		want[p+q.ID] = domElem{Text: q.Text, Labels: []string{q.ID + " " + q.Kind}}
	}
	for _, s := range o.Sentences {
		want[fmt.Sprintf("%ss%d", p, s.ID)] = domElem{Text: s.Text, Labels: []string{s.Label}}
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	got := evalWith[map[string]*domElem](t, ctx, domQuery, ids)
	for id, w := range want {
		g := got[id]
		if !assert.NotNil(t, g, "element #%s is missing", id) {
			continue
		}
		if len(w.Labels) == 0 { // an entity's entry: it names the entity
			assert.Contains(t, g.Text, w.Text, "#%s", id)
			continue
		}
		assert.Equal(t, w.Text, g.Text, "#%s text", id)
		assert.Equal(t, w.Labels, g.Labels, "#%s shows its type, kind or label", id)
	}
	var qids []string
	for _, q := range o.Quotes {
		qids = append(qids, p+q.ID)
	}
	said := evalWith[map[string]saidTag](t, ctx, saidQuery, qids)
	for _, q := range o.Quotes {
		s := said[p+q.ID]
		require.True(t, s.Found, "%s has a speaker tag", q.ID)
		if q.Speaker == nil {
			assert.False(t, s.Link, "%s: a null speaker has no link", q.ID)
			assert.Contains(t, s.Text, "not named", "%s: a null speaker is shown as such", q.ID)
			continue
		}
		require.True(t, s.Link && s.Resolves, "%s: the speaker link resolves", q.ID)
		if s.TargetID == p+q.Speaker.Entity {
			assert.Contains(t, s.Text, q.Speaker.Text, "%s: the speaker's entry", q.ID)
		} else {
			assert.Equal(t, q.Speaker.Mention, s.Text, "%s: the link leads to the speaker's mention", q.ID)
		}
	}
}

// checkAxe requires no violation of axe-core's default rules.
func checkAxe(t *testing.T, ctx context.Context, axe []byte) {
	t.Helper()
	for _, v := range axeViolations(t, ctx, axe) {
		t.Errorf("axe: %s (%s): %s\n\t%s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

type axeViolation struct {
	ID, Impact, Help string
	Nodes            []string
}

// axeViolations injects axe-core into the page (once) and runs its
// default rules.
func axeViolations(t *testing.T, ctx context.Context, axe []byte) []axeViolation {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe === "undefined" && (0, eval)(`+jsString(axe)+`), true`))
	require.NoError(t, err, "inject axe-core")
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document, {resultTypes: ['violations']}).then(r =>
		r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)})))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	return vs
}

// jsString is b as a JavaScript string literal.
func jsString(b []byte) string {
	q, _ := json.Marshal(string(b))
	return string(q)
}

// screenshot writes the viewport, scrolled to the article's text for the
// sample at desktop width, as <dir>/<page>-<scheme>-<width>.png.
func screenshot(t *testing.T, ctx context.Context, dir, name, scheme string, width int64) {
	t.Helper()
	scroll := `window.scrollTo(0, 0); true`
	switch {
	case name == "sample" && width > 1000:
		scroll = `document.getElementById('text').scrollIntoView(); true`
	case name == "drift" && width > 1000:
		scroll = `document.getElementById('old-text').scrollIntoView(); true`
	}
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](scroll))
	require.NoError(t, err)
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%s-%d.png", name, scheme, width)), png, 0o644))
}
