package cli

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-nlp/parley/internal/diff"
	"github.com/parley-nlp/parley/internal/drift"
	"github.com/parley-nlp/parley/internal/outfile"
	"github.com/parley-nlp/parley/internal/render"
	"github.com/parley-nlp/parley/pipeline"
)

// driftReport is what `golden check` says about each article beyond the
// unified diff: the NLP summary, the --html pages and the --junit cases.
type driftReport struct {
	htmlDir, junit string
	cases          []junitCase
	pages          []render.IndexRow
}

// drifted reports one drifted article: it returns the NLP summary of the
// change from want to got (golden file and new output) to print before
// the unified diff, records the JUnit case and, under --html, writes the
// article's drift page. A golden file that is no output gets no summary:
// the diff says it all.
func (r *driftReport) drifted(id, goldenPath, articlePath string, want, got []byte) (string, error) {
	d := unifiedDiff(goldenPath, want, got)
	old, err1 := pipeline.DecodeOutput(want)
	cur, err2 := pipeline.DecodeOutput(got)
	if err1 != nil || err2 != nil {
		r.add(id, "golden file is not a parley output", d)
		return d, nil
	}
	s := drift.Compare(old, cur)
	text := fmt.Sprintf("%s: %s", goldenPath, s.Text())
	r.add(id, s.Counts(), text+d)
	if r.htmlDir != "" {
		article, err := os.ReadFile(articlePath)
		if err != nil {
			return "", err
		}
		if err := r.page(id, goldenPath, old, cur, article, &s); err != nil {
			return "", err
		}
	}
	return text + d, nil
}

// page writes DIR/<id>.html: the golden output beside the new one.
func (r *driftReport) page(id, goldenPath string, old, cur *pipeline.Output, article []byte, s *drift.Summary) error {
	a, err := render.FromOutput(old, article)
	if err != nil {
		// the article changed since the golden file was written
		a, _ = render.FromOutput(old, nil)
	}
	b, err := render.FromOutput(cur, article)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := render.Drift(&buf, "Golden drift: "+goldenPath, a, b, s); err != nil {
		return err
	}
	if err := os.MkdirAll(r.htmlDir, 0o755); err != nil {
		return err
	}
	r.pages = append(r.pages, render.IndexRow{Title: id + ": " + s.Counts(), Href: id + ".html",
		Entities: len(cur.Entities), Quotes: len(cur.Quotes), Sentences: len(cur.Sentences)})
	return outfile.Write(filepath.Join(r.htmlDir, id+".html"), buf.Bytes())
}

// add records one article's test case; failure "" is a pass.
func (r *driftReport) add(id, failure, detail string) {
	c := junitCase{Name: id, ClassName: "parley.golden"}
	if failure != "" {
		c.Failure = &junitFailure{Message: failure, Type: "drift", Body: detail}
	}
	r.cases = append(r.cases, c)
}

// finish writes the --html index and the --junit file.
func (r *driftReport) finish() error {
	if r.htmlDir != "" && len(r.pages) > 0 {
		var buf bytes.Buffer
		if err := render.Index(&buf, "Golden drift", r.pages); err != nil {
			return err
		}
		if err := outfile.Write(filepath.Join(r.htmlDir, "index.html"), buf.Bytes()); err != nil {
			return err
		}
	}
	if r.junit == "" {
		return nil
	}
	suite := junitSuite{Name: "parley golden", Tests: len(r.cases), Cases: r.cases}
	for _, c := range r.cases {
		if c.Failure != nil {
			suite.Failures++
		}
	}
	b, err := xml.MarshalIndent(junitSuites{Suites: []junitSuite{suite}}, "", "  ")
	if err != nil {
		return err
	}
	return outfile.Write(r.junit, append([]byte(xml.Header), append(b, '\n')...))
}

// JUnit XML as CI systems read it (the Ant/Surefire form).
type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",cdata"`
}

// unifiedDiff is the golden check's diff of one file.
func unifiedDiff(path string, want, got []byte) string {
	return diff.Unified(path, path+" (got)", want, got)
}
