package postgres

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/byline/byline/store"
)

// RankWindow is how many matches Search ranks at most: when more articles
// match, the RankWindow most recently added are ranked (title matches
// first), as in the SQLite store. A variable for tests and benchmarks.
var RankWindow = 2000

// headlineOpts are ts_headline's options: matched words wrapped in the
// store's markers, a fragment of about 16 words.
var headlineOpts = "StartSel=" + store.SnippetOpen + ", StopSel=" + store.SnippetClose +
	", MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…"

// term is one FTS term of store.MatchQuery's output: "words"*.
var term = regexp.MustCompile(`"([^"]*)"(\*?)`)

// tsquery turns what a person typed into a tsquery expression over the
// arguments it returns, numbered from first: every word and "quoted
// phrase" must match, and the last word also as a prefix, as in the SQLite
// store (store.MatchQuery says when). Nothing in the input is SQL or
// tsquery syntax: words are passed as arguments to phraseto_tsquery, and a
// prefix is made of letters and digits only.
func tsquery(input string, first int) (string, []any) {
	match := store.MatchQuery(input)
	var parts []string
	var args []any
	arg := func(v string) string {
		args = append(args, v)
		return "$" + strconv.Itoa(first+len(args)-1)
	}
	for _, m := range term.FindAllStringSubmatch(match, -1) {
		text, prefix := m[1], m[2] == "*"
		if !prefix {
			parts = append(parts, `phraseto_tsquery('simple', `+arg(text)+`)`)
			continue
		}
		words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		last := strings.ToLower(words[len(words)-1])
		q := `to_tsquery('simple', ` + arg(`'`+last+`':*`) + `)`
		if i := strings.LastIndex(text, words[len(words)-1]); len(words) > 1 && i > 0 {
			q = `tsquery_phrase(phraseto_tsquery('simple', ` + arg(text[:i]) + `), ` + q + `)`
		}
		parts = append(parts, q)
	}
	return strings.Join(parts, " && "), args
}

// Search implements store.Store: SearchPage's first page. Of the
// RankWindow (2,000) most recently added matches, those with every word
// in the title come first, newest first, then the others (matches in the
// body or a speaker's name), newest first; older matches follow, newest
// first. Each hit has a ts_headline snippet of the body. A query with no
// words returns none.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	hits, _, err := s.SearchPage(ctx, query, 0, limit)
	return hits, err
}
