package render

import (
	"cmp"
	"slices"
)

// Node kinds, from the outermost layer in.
const (
	kindText     = "text"
	kindSentence = "sentence"
	kindQuote    = "quote"
	kindSpeaker  = "speaker" // the words naming a quote's speaker
	kindEntity   = "entity"
	kindCue      = "cue"
	kindSaid     = "said" // the speaker tag after a quote's last fragment
)

var rank = map[string]int{kindSentence: 0, kindQuote: 1, kindSpeaker: 2, kindEntity: 3, kindCue: 4}

// interval is one annotation over the text [start, end), with the node it
// renders as (its first fragment; later ones are copies marked Cont).
type interval struct {
	start, end int
	node       *Node
	cut        bool // the annotation goes on past end (into the next paragraph)
}

// point is a node placed at one offset, between the text before and after
// it, inside whatever annotations go on across it (a quote's speaker tag,
// after its closing mark).
type point struct {
	at   int
	node *Node
}

// Node is one piece of a paragraph: plain text, or an annotation holding
// nodes. An annotation that crosses another's end is cut in two; the
// fragments after the first are Cont, without its id and labels.
type Node struct {
	Kind string
	Text string // kindText only
	Kids []*Node
	Cont bool   // a continuation fragment
	Of   string // a continuation's first fragment's ID
	Last bool   // the last fragment (labels that close the annotation go here)

	P                                   string // the page's id prefix
	ID, Class, Label, Title, Href, Mark string
	Entity                              string // kindEntity: the entity's element id
}

// nest cuts text[start:end) into nodes: the intervals, nested where they
// nest and cut into fragments where they cross, text between them, and
// the points at their offsets. Intervals and points outside [start, end)
// are left out.
func nest(text string, start, end int, ivs []interval, pts []point) []*Node {
	slices.SortStableFunc(ivs, func(a, b interval) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.end, a.end); c != 0 {
			return c
		}
		return cmp.Compare(rank[a.node.Kind], rank[b.node.Kind])
	})
	ivs = slices.DeleteFunc(ivs, func(iv interval) bool { return iv.start >= iv.end || iv.start < start || iv.end > end })
	pts = slices.DeleteFunc(pts, func(p point) bool { return p.at < start || p.at > end })
	cuts := []int{start, end}
	for _, iv := range ivs {
		cuts = append(cuts, iv.start, iv.end)
	}
	for _, p := range pts {
		cuts = append(cuts, p.at)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	root := &Node{}
	var stack []frame
	opened := make([]bool, len(ivs))
	top := func() *Node {
		if len(stack) == 0 {
			return root
		}
		return stack[len(stack)-1].node
	}
	for k := 0; k+1 < len(cuts); k++ {
		p, q := cuts[k], cuts[k+1]
		// the intervals over [p, q), outermost first (ivs' order)
		var active []int
		for i, iv := range ivs {
			if iv.start <= p && q <= iv.end {
				active = append(active, i)
			}
		}
		// keep the open path that active still starts with
		keep := 0
		for keep < len(stack) && keep < len(active) && stack[keep].iv == active[keep] {
			keep++
		}
		stack = closeTo(stack, keep, ivs, p)
		for _, pt := range pts {
			if pt.at == p {
				parent := top()
				parent.Kids = append(parent.Kids, pt.node)
			}
		}
		for _, i := range active[keep:] {
			n := fragment(ivs[i].node, opened[i])
			opened[i] = true
			parent := top()
			parent.Kids = append(parent.Kids, n)
			stack = append(stack, frame{i, n})
		}
		parent := top()
		parent.Kids = append(parent.Kids, &Node{Kind: kindText, Text: text[p:q]})
	}
	closeTo(stack, 0, ivs, end)
	for _, pt := range pts {
		if pt.at == end {
			root.Kids = append(root.Kids, pt.node)
		}
	}
	return root.Kids
}

// frame is an open node and the index of its interval.
type frame struct {
	iv   int
	node *Node
}

// closeTo closes the open nodes above depth keep at offset at; a node
// whose interval ends there is its last fragment.
func closeTo(stack []frame, keep int, ivs []interval, at int) []frame {
	for len(stack) > keep {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if iv := ivs[f.iv]; iv.end == at && !iv.cut {
			f.node.Last = true
		}
	}
	return stack
}

// fragment is the node to open for an interval: the node itself the first
// time, a continuation copy after.
func fragment(n *Node, again bool) *Node {
	if !again {
		return n
	}
	c := *n
	c.Kids, c.Cont, c.Of, c.ID = nil, true, n.ID, ""
	return &c
}
