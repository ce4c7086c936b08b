// Package adversary generates unusual inputs of any size for the growth
// tests, the fuzz seeds and the acceptance measurements: the shapes that
// make a text pipeline slow or its output large when some step is not
// linear (runs of reporting verbs, quotation marks, capitals, titles,
// dates, one huge sentence, one huge word, many tiny lines). Each shape's
// text grows with n and stays the same shape, so that cost at n and 4n
// can be compared.
package adversary

import (
	"strconv"
	"strings"
)

// Shape is one kind of adversarial input.
type Shape struct {
	Name string
	// Text returns an input of about n bytes (at least n, and less than
	// n plus one repeated unit).
	Text func(n int) string
}

// repeat builds a shape that repeats unit up to n bytes, ending in a
// newline.
func repeat(name, unit string) Shape {
	return Shape{name, func(n int) string { return fill(n, func(int) string { return unit }) }}
}

// fill concatenates unit(0), unit(1), … until n bytes, then a newline.
func fill(n int, unit func(i int) string) string {
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(unit(i))
	}
	b.WriteByte('\n')
	return b.String()
}

// name is a distinct capitalised word for each i: Kab, Kac, …, Kaab.
func name(i int) string {
	s := []byte{'K'}
	for i++; i > 0; i /= 26 {
		s = append(s, byte('a'+i%26))
	}
	return string(s)
}

// half fills the first half of n with open and the second with close:
// deep nesting that closes at the end.
func half(name, open, close string) Shape {
	return Shape{name, func(n int) string {
		var b strings.Builder
		for b.Len() < n/2 {
			b.WriteString(open)
		}
		for b.Len() < n {
			b.WriteString(close)
		}
		b.WriteByte('\n')
		return b.String()
	}}
}

// Shapes is every generator, in a fixed order.
var Shapes = []Shape{
	// reporting verbs: each would report a clause running to the end
	repeat("said-run", "Alpha said "),
	repeat("two-reports", "Lavrov said the talks were useful Rubio said the meeting was good "),
	repeat("said-that-run", "Lavrov said that "),
	repeat("bare-said", "said "),
	repeat("he-said", "he said he "),
	repeat("according-to", "According to Lavrov, the talks went on "),
	repeat("confirmed-and-stated", "the minister confirmed that talks continue and stated that "),
	repeat("told-him-that", "told him that "),
	repeat("which-said-that", "which said that "),
	repeat("passive-stated", "it was stated that "),
	repeat("relative-says", "the plan he says the deal "),
	{"names-said", func(n int) string { return fill(n, func(i int) string { return name(i) + " said " }) }},
	{"names-said-sentences", func(n int) string {
		return fill(n, func(i int) string { return name(i) + " said the talks were good. " })
	}},
	// quotation marks
	repeat("unclosed-curly", "Lavrov said “a "),
	repeat("unclosed-straight", "Lavrov said \"a "),
	repeat("openers", "“"),
	repeat("closers", "”"),
	repeat("straight", "\""),
	repeat("straight-spaced", "\" "),
	repeat("pairs", "“a” "),
	repeat("guillemets", "« "),
	repeat("danish", "»a "),
	repeat("singles", "‘a "),
	repeat("apostrophes", "Russia’s "),
	repeat("low-high", "„a "),
	repeat("mixed-marks", "“a ‘b «c „d \"e "),
	repeat("quoted-clause", "Lavrov said the plan would “lead to chaos” "),
	repeat("described-as", "Lavrov described it as “a "),
	repeat("leading-quote", "“The talks were useful,” Lavrov said "),
	repeat("colon-quote", "Lavrov said: “The talks were useful.” "),
	repeat("quote-lines", "“We agree,” he said.\n"),
	repeat("pronoun-lines", "He said it would work. They said so.\n"),
	half("nested-curly", "“a ", "b” "),
	half("nested-mixed", "“a ‘b «c ", "d» e’ f” "),
	{"cross-paragraph", func(n int) string { return fill(n, func(int) string { return "Lavrov said “the talks\n" }) }},
	{"cross-closers", func(n int) string {
		return fill(n, func(i int) string {
			if i%2 == 0 {
				return "Lavrov said “the talks\n"
			}
			return "were useful.” He said.\n"
		})
	}},
	// capitals, titles, names
	repeat("capitals", "Alpha Beta Gamma Delta "),
	repeat("upper", "ALPHA "),
	{"distinct-capitals", func(n int) string { return fill(n, func(i int) string { return name(i) + " " }) }},
	{"distinct-names-and", func(n int) string { return fill(n, func(i int) string { return name(i) + " and " }) }},
	{"distinct-full-names", func(n int) string {
		return fill(n, func(i int) string { return name(i) + " " + name(i+1) + " met " + name(i+1) + ". " })
	}},
	{"distinct-titled-names", func(n int) string {
		return fill(n, func(i int) string {
			return "President " + name(i) + " told Minister " + name(i+1) + " that he would come. "
		})
	}},
	{"distinct-dates", func(n int) string {
		return fill(n, func(i int) string { return strconv.Itoa(i%28+1) + " March " + strconv.Itoa(1000+i) + " " })
	}},
	repeat("titles", "President Foreign Minister Secretary "),
	repeat("titled-speaker", "Russian Foreign Minister Sergey Lavrov said that "),
	repeat("countries", "Russia Ukraine Turkey United States "),
	repeat("demonyms", "the Russian Ukrainian Turkish government said "),
	repeat("particles", "von der al bin Al "),
	// dates and numbers
	repeat("dates", "11 March 2025 "),
	repeat("months", "March "),
	repeat("weekdays", "Monday, 11 March "),
	repeat("years", "(2025) "),
	repeat("numbers", "1.5 2,000 3 "),
	// sentences and words
	repeat("huge-sentence", "the talks were useful and the parties agreed to continue "),
	repeat("labels", "Russia demanded guarantees and welcomed the agreement and rejected "),
	repeat("sentences", "The talks were useful. "),
	repeat("abbreviations", "Mr. U.S. Dr. St. "),
	repeat("initials", "J. "),
	repeat("huge-word", "a"),
	repeat("huge-capital-word", "A"),
	repeat("huge-hyphenated", "x-"),
	repeat("dots", "."),
	repeat("ellipses", "…"),
	repeat("colons", "Waltz: "),
	repeat("parentheses", "( "),
	repeat("commas", ", "),
	repeat("dashes", "— "),
	repeat("nbsp", "a\u00a0"),
	repeat("zero-width", "a\u200b"),
	// lines
	repeat("short-lines", "a\n"),
	repeat("said-lines", "Lavrov said that the talks were useful.\n"),
	repeat("colon-lines", "Waltz:\n"),
	repeat("blank-lines", "\n \r\n\t\n\u00a0\na\n"),
	repeat("cr-lines", "Lavrov said it.\r"),
	repeat("trailers", "No Discussion Added Yet\n"),
	repeat("title-lines", "Background\n"),
}

// Lookup returns the shape called name.
func Lookup(name string) (Shape, bool) {
	for _, s := range Shapes {
		if s.Name == name {
			return s, true
		}
	}
	return Shape{}, false
}
