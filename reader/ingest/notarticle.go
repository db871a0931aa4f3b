package ingest

import (
	"path/filepath"
	"strings"
)

// projectFiles are the names (without extension, upper case) of files
// that come with a folder of articles but are not articles.
var projectFiles = map[string]string{
	"README": "a README", "READ_ME": "a README", "READ-ME": "a README",
	"LICENSE": "a licence", "LICENCE": "a licence", "COPYING": "a licence", "COPYRIGHT": "a licence",
	"NOTICE": "a licence notice", "UNLICENSE": "a licence",
	"CHANGELOG": "a changelog", "CHANGES": "a changelog", "HISTORY": "a changelog", "RELEASE_NOTES": "a changelog",
	"AUTHORS": "a list of authors", "CONTRIBUTORS": "a list of authors", "CONTRIBUTING": "contribution notes",
	"SOURCE": "a note on the source", "SOURCES": "a note on the source", "CITATION": "a citation",
	"INDEX": "a listing", "MANIFEST": "a listing", "FILES": "a listing", "CONTENTS": "a listing", "TOC": "a listing",
	"CODE_OF_CONDUCT": "project notes", "SECURITY": "project notes",
}

// NotArticle returns why a file met while walking a folder is not an
// article (a README, a licence, a changelog, a listing of files or
// links), or "" when it may be one. Files named on the command line are
// imported whatever this says.
func NotArticle(raw []byte, name string) string {
	base := strings.ToUpper(filepath.Base(name))
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if r, ok := projectFiles[base]; ok {
		return r
	}
	if isListing(raw) {
		return "a listing"
	}
	return ""
}

// isListing reports whether text is a list of file names or links: most
// of its non-empty lines (at least five) are one word that reads as a
// path, a file name or an address, or a Markdown link alone on a line.
func isListing(raw []byte) bool {
	s := string(raw)
	if len(s) > sniffLen*4 {
		s = s[:sniffLen*4]
	}
	lines, listed := 0, 0
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "-*+ "))
		if l == "" {
			continue
		}
		lines++
		switch {
		case strings.HasPrefix(l, "[") && strings.HasSuffix(l, ")") && strings.Contains(l, "]("):
			listed++
		case !strings.ContainsAny(l, " \t") && (strings.ContainsAny(l, "/\\") || strings.Contains(l, ".") && !strings.HasSuffix(l, ".")):
			listed++
		}
	}
	return lines >= 5 && listed*10 >= lines*7
}
