// Command genbatch writes N synthetic articles into a folder for batch
// timing: each is the notice, body paragraphs of one test article shuffled
// and mixed with two paragraphs of another, and the trailer. One file in a
// hundred is corrupt, in turn binary (a NUL byte), invalid UTF-8 and
// empty. The output depends only on N, the seed and the articles.
//
// With -bytes B it writes instead one long article, DIR/long.txt, of at
// least B bytes: one notice, every article's body paragraphs in turn
// until B is reached, one trailer. It measures how cost grows with article
// size.
//
//	go run ./scripts/genbatch -n 10000 -seed 1 -articles testdata/articles DIR
//	go run ./scripts/genbatch -bytes 1000000 DIR
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type article struct{ head, body, tail []string }

func main() {
	n := flag.Int("n", 1000, "number of files")
	seed := flag.Uint64("seed", 1, "random seed")
	dir := flag.String("articles", "testdata/articles", "folder of source articles (*.txt)")
	size := flag.Int("bytes", 0, "write one article of at least this many bytes instead")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genbatch [-n N] [-seed S] [-articles DIR] OUTDIR")
		os.Exit(2)
	}
	run := run
	if *size > 0 {
		run = func(_ int, _ uint64, src, out string) error { return long(*size, src, out) }
	}
	if err := run(*n, *seed, *dir, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "genbatch:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, src, out string) error {
	arts, err := load(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	bad := 0
	for i := range n {
		var data []byte
		if i%100 == 99 {
			data = []byte([]string{"PK\x03\x04\x00\x00binary", "Caf\xe9 talks in Ankara\xfd.\n", ""}[bad%3])
			bad++
		} else {
			data = []byte(compose(rng, arts, i))
		}
		if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("gen-%05d.txt", i)), data, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "genbatch: %d files in %s (%d corrupt)\n", n, out, bad)
	return nil
}

func long(size int, src, out string) error {
	arts, err := load(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	frame := arts[0] // the notice and trailer come from the first article that has both
	for _, a := range arts {
		if len(a.head) > 0 && len(a.tail) > 0 {
			frame = a
			break
		}
	}
	var b strings.Builder
	for _, l := range frame.head {
		b.WriteString(l + "\n")
	}
	for b.Len() < size {
		for _, a := range arts {
			for _, l := range a.body {
				b.WriteString(l + "\n")
			}
			if b.Len() >= size {
				break
			}
		}
	}
	for _, l := range frame.tail {
		b.WriteString(l + "\n")
	}
	p := filepath.Join(out, "long.txt")
	fmt.Fprintf(os.Stderr, "genbatch: %s, %d bytes\n", p, b.Len())
	return os.WriteFile(p, []byte(b.String()), 0o644)
}

func compose(rng *rand.Rand, arts []article, i int) string {
	a, b := arts[i%len(arts)], arts[rng.IntN(len(arts))]
	body := append([]string(nil), a.body...)
	for range 2 {
		if len(b.body) > 0 {
			body = append(body, b.body[rng.IntN(len(b.body))])
		}
	}
	rng.Shuffle(len(body), func(x, y int) { body[x], body[y] = body[y], body[x] })
	lines := append(append(append([]string(nil), a.head...), body...), a.tail...)
	return strings.Join(lines, "\n") + "\n"
}

// load splits each article into the notice line, the body and the trailer
// (from "No Discussion Added Yet" on).
func load(dir string) ([]article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	sort.Strings(paths)
	var arts []article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"), "\n")
		var a article
		if len(lines) > 0 && strings.HasPrefix(lines[0], "This article was") {
			a.head, lines = lines[:1], lines[1:]
		}
		for j, l := range lines {
			if strings.TrimSpace(l) == "No Discussion Added Yet" {
				a.tail, lines = lines[j:], lines[:j]
				break
			}
		}
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				a.body = append(a.body, l)
			}
		}
		arts = append(arts, a)
	}
	return arts, nil
}
