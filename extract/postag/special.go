package postag

import (
	"regexp"
	"strings"
	"sync"
)

// The patterns of prose's special cases: commonregex v1.0.1's LinkPattern
// and EmailPattern, and prose v2's none and keep patterns. Each is run only
// when a cheap test shows it could match.
const (
	linkPattern  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	emailPattern = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
	nonePattern  = `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`
	keepPattern  = `^\-[A-Z]{3}\-$`
)

// The patterns are compiled on first use, not at start: most articles
// never need some of them, and compiling the four took 1.7M instructions
// in every parley command.
var (
	linkRE  = lazyRegexp(linkPattern)
	emailRE = lazyRegexp(emailPattern)
	noneRE  = lazyRegexp(nonePattern)
	keepRE  = lazyRegexp(keepPattern)
)

func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// isLinkOrEmail is prose's test for a word tagged NN outright: it starts
// with "@" or contains a link or an e-mail address (unanchored matches).
// A link needs a "." with at least one byte before it and two after; an
// address needs an "@".
func isLinkOrEmail(w string) bool {
	if strings.HasPrefix(w, "@") {
		return true
	}
	if len(w) >= 4 && strings.IndexByte(w[1:len(w)-2], '.') >= 0 && linkRE().MatchString(w) {
		return true
	}
	return strings.IndexByte(w, '@') >= 0 && emailRE().MatchString(w)
}

// isNone is prose's none pattern (trace markers): "0" or a word that
// starts with "*".
func isNone(w string) bool {
	return (w == "0" || strings.HasPrefix(w, "*")) && noneRE().MatchString(w)
}

// isKeep is prose's keep pattern ("-LRB-" and the like): a word that is
// its own tag.
func isKeep(w string) bool {
	return len(w) == 5 && w[0] == '-' && keepRE().MatchString(w)
}
