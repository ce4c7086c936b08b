package postag

// Exported for postag_test.
var (
	IsLinkOrEmail = isLinkOrEmail
	IsNone        = isNone
	IsKeep        = isKeep
)

const (
	LinkPattern  = linkPattern
	EmailPattern = emailPattern
	NonePattern  = nonePattern
	KeepPattern  = keepPattern
)

// Normalize is prose's normalize, as a string.
func Normalize(w string) string {
	s, lower := normalize(w)
	if lower {
		return string(appendLower(nil, w))
	}
	return s
}
