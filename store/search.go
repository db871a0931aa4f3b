package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// snippetTokens is about how many words Hit.Snippet holds.
const snippetTokens = 16

// rankWindow is how many matches Search and SearchPage rank at most: the
// rankWindow most recently added. Ranking reads only their part of the
// index, so a search costs about the same whether ten articles match or a
// million. A variable for tests.
var rankWindow = SearchCountMax

// Search implements Store. The query is what a person typed: words, and
// "quoted phrases"; every word must match (in the title, body or a
// speaker's name), and the last word, when it has three letters or more,
// also matches as a prefix unless the query ends in white space, so that
// search can run as the person types.
// No input is an error: FTS5 syntax in the query (AND, -, *, :, quotes) is
// taken as plain text. Of the rankWindow (2,000) most recently added
// matches, those with every word in the title come first, newest first,
// then the others, newest first; older matches follow, newest first. A
// query with no words returns none. Cancelling ctx interrupts a long
// search.
func (s *SQLite) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	hits, _, err := s.SearchPage(ctx, query, 0, limit)
	return hits, err
}

// searchWindow reads the newest matches of match, at most
// max(rankWindow, SearchCountMax)+1 (one index walk of at most 2,001
// entries), and returns the rankWindow newest ranked as Search says, and
// how many there are in all up to SearchCountMax+1.
func (s *SQLite) searchWindow(ctx context.Context, match string) (ranked []int64, total int, err error) {
	ids, err := s.rowids(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT ?`, match, max(rankWindow, SearchCountMax)+1)
	if err != nil || len(ids) == 0 {
		return nil, 0, err
	}
	total = min(len(ids), SearchCountMax+1)
	window := ids[:min(len(ids), rankWindow)]
	// The matches with every word in the title, in the same part of the
	// index, read upwards: read downwards (ORDER BY rowid DESC), FTS5
	// passes the lower bound while it looks for one more title with the
	// words, to the start of the list (37 ms for a word in every one of
	// 1,000,000 articles and in almost no title; 1 ms upwards).
	inTitle, err := s.rowids(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?`,
		"{title} : ("+match+")", window[len(window)-1])
	if err != nil {
		return nil, 0, err
	}
	return TitleFirst(window, inTitle), total, nil
}

// rowids returns the first column of a query's rows.
func (s *SQLite) rowids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// hitsByID returns the hits of ids, in that order, with their snippets.
// It walks the matches between the lowest and the highest of ids, which
// for a page is a part of the index of at most rankWindow matches, and
// makes snippets of those in ids only (+rowid keeps the list from the
// index: told of it, FTS5 would seek each rowid from the top of every
// segment, 0.25 ms each in a 100,000-article library).
func (s *SQLite) hitsByID(ctx context.Context, match string, ids []int64) ([]Hit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := []any{SnippetOpen, SnippetClose, snippetTokens, match, slices.Min(ids), slices.Max(ids)}
	for _, id := range ids {
		args = append(args, id)
	}
	got, err := s.hits(ctx, nil, `SELECT `+summaryColumns("a.")+`, f.snip FROM (
			SELECT rowid AS id, snippet(articles_fts, 1, ?, ?, '…', ?) AS snip FROM articles_fts
			WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (`+placeholders(len(ids))+`)
		) AS f JOIN articles AS a ON a.id = f.id`, args...)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]Hit, len(got))
	for _, h := range got {
		byID[h.ID] = h
	}
	out := make([]Hit, 0, len(ids))
	for _, id := range ids {
		if h, ok := byID[id]; ok { // else deleted since
			out = append(out, h)
		}
	}
	return out, nil
}

// speakerSnippets gives the hits whose title and body do not hold the
// words (they matched a speaker's name) the name as their snippet:
// "speaker: Donald Trump", the matched words marked. Snippets come from
// the body only, never from the list of speakers' names.
func (s *SQLite) speakerSnippets(ctx context.Context, match string, hits []Hit) error {
	for i := range hits {
		h := &hits[i]
		if strings.Contains(h.Snippet, SnippetOpen) {
			continue
		}
		var title, names string
		err := s.db.QueryRowContext(ctx, `SELECT highlight(articles_fts, 0, ?, ?), highlight(articles_fts, 2, ?, ?)
			FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`,
			SnippetOpen, SnippetClose, SnippetOpen, SnippetClose, match, h.ID).Scan(&title, &names)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		if strings.Contains(title, SnippetOpen) {
			continue // the title holds the words; the body's opening stays
		}
		for _, n := range strings.Split(names, "\n") {
			if strings.Contains(n, SnippetOpen) {
				h.Snippet = "speaker: " + n
				break
			}
		}
	}
	return nil
}

// maxExpansion is how many words a typed prefix may stand for and still be
// searched as those words.
const maxExpansion = 8

// expandPrefix turns a match query's last term, when it is a prefix of a
// plain word ("zelens"*) that stands for at most maxExpansion words of the
// index, into those words ("zelensky"). FTS5 merges the lists of a
// prefix's words on every query, while a word's own list is read as it is:
// a word typed halfway through, in 10% of 100,000 articles, is found in 13
// ms instead of 16.6, and a 3-letter prefix of 6 words in 32 ms instead of 64.
// Any other query is returned as it is.
func (s *SQLite) expandPrefix(ctx context.Context, match string) (string, error) {
	i := strings.LastIndex(match, ` "`) + 1
	last := match[i:]
	if !strings.HasSuffix(last, `"*`) || len(last) < 4 {
		return match, nil
	}
	word := strings.ToLower(last[1 : len(last)-2])
	for _, c := range []byte(word) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return match, nil // the index folds other letters its own way
		}
	}
	hi := word[:len(word)-1] + string(word[len(word)-1]+1)
	rows, err := s.db.QueryContext(ctx, `SELECT term FROM articles_vocab WHERE term >= ? AND term < ? LIMIT ?`,
		word, hi, maxExpansion+1)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var terms []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return "", err
		}
		terms = append(terms, `"`+t+`"`)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	switch {
	case len(terms) == 0 || len(terms) > maxExpansion:
		return match, nil
	case len(terms) == 1:
		return match[:i] + terms[0], nil
	}
	return match[:i] + "(" + strings.Join(terms, " OR ") + ")", nil
}

// minPrefix is the shortest last word MatchQuery matches as a prefix: a
// one- or two-letter prefix stands for thousands of words, and merging
// their lists takes seconds in a large library.
const minPrefix = 3

// MatchQuery turns what a person typed into an FTS5 query that cannot be a
// syntax error: each word, and each "quoted phrase", becomes an FTS5 string
// (all of them must match), and the last one gets a prefix match ("*")
// unless the input ends in white space or a closing quote, or its last word
// is shorter than minPrefix (3) letters. Words without a letter or digit
// are dropped; it returns "" when nothing is left.
func MatchQuery(input string) string {
	var terms []string
	var cur strings.Builder
	inPhrase := false
	lastQuoted := false
	flush := func(quoted bool) {
		t := strings.TrimSpace(cur.String())
		cur.Reset()
		if strings.IndexFunc(t, isWordRune) < 0 {
			return
		}
		terms = append(terms, `"`+t+`"`)
		lastQuoted = quoted
	}
	for _, r := range input {
		switch {
		case r == '"':
			flush(inPhrase)
			inPhrase = !inPhrase
		case unicode.IsSpace(r) && !inPhrase:
			flush(false)
		case r == 0 || unicode.IsControl(r) && !unicode.IsSpace(r):
			// dropped
		default:
			cur.WriteRune(r)
		}
	}
	flush(false)
	if len(terms) == 0 {
		return ""
	}
	trimmed := strings.TrimRightFunc(input, unicode.IsSpace)
	last := terms[len(terms)-1]
	words := strings.FieldsFunc(last, func(r rune) bool { return !isWordRune(r) })
	if len(trimmed) == len(input) && !lastQuoted && !strings.HasSuffix(input, `"`) &&
		len(words) > 0 && utf8.RuneCountInString(words[len(words)-1]) >= minPrefix {
		terms[len(terms)-1] += "*"
	}
	return strings.Join(terms, " ")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// TitleFirst orders ids as a search ranks them: the ids also in inTitle
// (matches with every word in the title) first, then the others, each in
// the order of ids. Both stores rank their window of newest matches so.
func TitleFirst(ids, inTitle []int64) []int64 {
	title := make(map[int64]bool, len(inTitle))
	for _, id := range inTitle {
		title[id] = true
	}
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if title[id] {
			out = append(out, id)
		}
	}
	for _, id := range ids {
		if !title[id] {
			out = append(out, id)
		}
	}
	return out
}
