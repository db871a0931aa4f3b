// Package cluster merges the names speakers go by across a library into
// speakers ("Trump", "Donald J. Trump" and "President Trump" are one), as
// pure functions of the names and their counts.
package cluster

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// Name is one way a speaker is named in the library: a (key, name, kind)
// with the number of its quotes and of the articles quoting it. Key is
// reader.SpeakerKey of the name.
type Name struct {
	Key, Name        string
	Kind             reader.EntityKind
	Quotes, Articles int
}

// Speaker is a set of names taken to be one speaker.
type Speaker struct {
	Keys    []string // the names' keys, sorted
	Names   []Name   // in the order Group was given them
	Display string   // the name the speaker is shown by
	Quotes  int      // the quotes of all its names
	Aliases []string // its other names, sorted, each once whatever its case
}

// Articles is the number of articles quoting the speaker when the names
// alone tell it (one name), else -1: count the articles of Keys.
func (s *Speaker) Articles() int {
	if len(s.Names) == 1 {
		return s.Names[0].Articles
	}
	return -1
}

// ArticlesGiven is the number of articles quoting the speaker, given
// overlap: by article, the keys of the speaker's surname it quotes under
// more than one name (only those articles can quote one speaker twice).
// It is the sum of its names' articles, less the second and later names
// of one article.
func (s *Speaker) ArticlesGiven(overlap map[int64][]string) int {
	n := 0
	for _, name := range s.Names {
		n += name.Articles
	}
	for _, keys := range overlap {
		in := 0
		for _, k := range keys {
			if slices.Contains(s.Keys, k) {
				in++
			}
		}
		n -= max(in-1, 0)
	}
	return n
}

// KeyRole is a role a speaker key is quoted with, and how many of the
// key's quotes come with it.
type KeyRole struct {
	Role   string
	Quotes int64
}

// KeepRole keeps r as key's role in roles when more quotes come with it
// than with the role kept so far (the first of equals stays): fed a key's
// roles in order, roles ends with the role most of its quotes come with.
func KeepRole(roles map[string]KeyRole, key string, r KeyRole) {
	if r.Quotes > roles[key].Quotes {
		roles[key] = r
	}
}

// Role returns the speaker's role, given the role of each key (KeepRole):
// that of the key quoted most with one, the first of equals in Keys'
// order; "" when no key has one.
func (s *Speaker) Role(roles map[string]KeyRole) string {
	var best KeyRole
	for _, k := range s.Keys {
		if r := roles[k]; r.Quotes > best.Quotes {
			best = r
		}
	}
	return best.Role
}

// Surname returns the last word of a speaker key. Every name merged into
// a speaker has a key of the same surname, so the speakers of one surname
// can be grouped apart from the rest of the library.
func Surname(key string) string {
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// Group merges speaker names across the library; aliases maps a key to the
// other names articles give it. Names with the same key are one speaker. A
// person's full names sharing a surname merge when their first names agree
// ("Donald Trump", "Donald J. Trump", and "D. Trump" when no other first
// name starts with D); a surname alone ("Trump") joins the one full name
// with that surname, when there is exactly one of a gender its titles and
// given names do not contradict ("Mr. Obama" does not join "Michelle
// Obama"). Organisations and places merge by key only. Each key's kind is
// that of most of its quotes.
func Group(names []Name, aliases map[string][]string) []*Speaker {
	// Union-find over keys.
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		p, ok := parent[k]
		if !ok || p == k {
			parent[k] = k
			return k
		}
		r := find(p)
		parent[k] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[rb] = ra
		}
	}
	kindQuotes := map[string]map[reader.EntityKind]int{}
	for _, n := range names {
		find(n.Key)
		if kindQuotes[n.Key] == nil {
			kindQuotes[n.Key] = map[reader.EntityKind]int{}
		}
		kindQuotes[n.Key][n.Kind] += n.Quotes
	}
	isPerson := func(k string) bool {
		best, bestN := reader.Person, -1
		for kind, n := range kindQuotes[k] {
			if n > bestN || n == bestN && kind < best {
				best, bestN = kind, n
			}
		}
		return best == reader.Person
	}
	keys := make([]string, 0, len(kindQuotes))
	for k := range kindQuotes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	bySurname := map[string][]string{} // surname → full-name keys
	var single []string
	for _, k := range keys {
		if !isPerson(k) {
			continue
		}
		toks := strings.Fields(k)
		if len(toks) == 1 {
			single = append(single, k)
			continue
		}
		bySurname[toks[len(toks)-1]] = append(bySurname[toks[len(toks)-1]], k)
	}
	for _, full := range bySurname {
		mergeFirstNames(full, union)
	}
	// The gender each key's names and aliases give ("Mr. Obama",
	// "Michelle Obama"), so that a surname does not join a full name of
	// the other gender; only the keys a surname might join are looked at.
	needed := make(map[string]bool, len(kindQuotes))
	for _, k := range single {
		if fs := bySurname[k]; len(fs) > 0 {
			needed[k] = true
			for _, f := range fs {
				needed[f] = true
			}
		}
	}
	genders := make(map[string]byte, len(needed))
	for _, n := range names {
		if needed[n.Key] {
			genders[n.Key] = agreeGender(genders[n.Key], reader.NameGender(n.Name))
		}
	}
	for k := range needed {
		for _, a := range aliases[k] {
			genders[k] = agreeGender(genders[k], reader.NameGender(a))
		}
	}
	rootGender := make(map[string]byte, len(needed))
	for k := range needed {
		r := find(k)
		rootGender[r] = agreeGender(rootGender[r], genders[k])
	}
	for _, k := range single {
		roots := map[string]bool{}
		for _, f := range bySurname[k] {
			r := find(f)
			if mayBeOne(genders[k], rootGender[r]) {
				roots[r] = true
			}
		}
		if len(roots) == 1 {
			for r := range roots {
				union(r, k)
			}
		}
	}
	byRoot := map[string]*Speaker{}
	var out []*Speaker
	for _, n := range names {
		r := find(n.Key)
		c := byRoot[r]
		if c == nil {
			c = &Speaker{}
			byRoot[r] = c
			out = append(out, c)
		}
		c.Names = append(c.Names, n)
		c.Quotes += n.Quotes
		if !slices.Contains(c.Keys, n.Key) {
			c.Keys = append(c.Keys, n.Key)
		}
	}
	for _, c := range out {
		c.Display = displayName(c.Names)
		seen := map[string]bool{}
		add := func(a string) {
			a = strings.Join(strings.Fields(a), " ")
			l := strings.ToLower(a)
			if a == "" || seen[l] || strings.EqualFold(a, c.Display) {
				return
			}
			seen[l] = true
			c.Aliases = append(c.Aliases, a)
		}
		for _, n := range c.Names {
			add(n.Name)
		}
		for _, k := range c.Keys {
			for _, a := range aliases[k] {
				add(a)
			}
		}
		sort.Strings(c.Aliases)
		sort.Strings(c.Keys)
	}
	return out
}

// mergeFirstNames unites the full-name keys of one surname that have the
// same first name; a name with an initial ("D. Trump") joins the one first
// name it can stand for.
func mergeFirstNames(full []string, union func(a, b string)) {
	byFirst := map[string]string{}
	var initials []string
	for _, k := range full {
		first := k[:strings.IndexByte(k, ' ')]
		if utf8.RuneCountInString(first) == 1 {
			initials = append(initials, k)
			continue
		}
		if r, ok := byFirst[first]; ok {
			union(r, k)
		} else {
			byFirst[first] = k
		}
	}
	for _, k := range initials {
		initial, _ := utf8.DecodeRuneInString(k)
		var match []string
		for first, r := range byFirst {
			if f, _ := utf8.DecodeRuneInString(first); f == initial {
				match = append(match, r)
			}
		}
		if len(match) == 1 {
			union(match[0], k)
		} else if r, ok := byFirst[string(initial)]; ok {
			union(r, k) // the same initial
		} else {
			byFirst[string(initial)] = k
		}
	}
}

// agreeGender combines two genders a speaker's names give: 'm', 'f', 0
// for none yet, '?' once two disagree.
func agreeGender(a, b byte) byte {
	switch {
	case b == 0 || a == b:
		return a
	case a == 0:
		return b
	}
	return '?'
}

// mayBeOne reports whether speakers of genders a and b (agreeGender's
// values) may be one person: unless each is 'm' or 'f' and they differ.
func mayBeOne(a, b byte) bool {
	known := func(g byte) bool { return g == 'm' || g == 'f' }
	return !known(a) || !known(b) || a == b
}

// displayName picks a speaker's name: a full name rather than a surname,
// one without a title ("Keir Starmer", not "Sir Keir Starmer"), the most
// quoted, the longest.
func displayName(names []Name) string {
	type rank struct {
		full, plain bool
		quotes, n   int
	}
	rankOf := func(n Name) rank {
		kw := len(strings.Fields(n.Key))
		return rank{kw > 1, len(reader.NameTokens(n.Name)) == kw, n.Quotes, len(n.Name)}
	}
	better := func(a, b rank) bool {
		switch {
		case a.full != b.full:
			return a.full
		case a.plain != b.plain:
			return a.plain
		case a.quotes != b.quotes:
			return a.quotes > b.quotes
		}
		return a.n > b.n
	}
	best, br := names[0], rankOf(names[0])
	for _, n := range names[1:] {
		r := rankOf(n)
		if better(r, br) || r == br && n.Name < best.Name {
			best, br = n, r
		}
	}
	return best.Name
}

// Find picks the speaker a name stands for: the one with that name (or
// key), else the one with that alias, else, for a surname alone, one with
// that surname; when several fit, the most quoted. It returns nil when
// none fits.
func Find(ss []*Speaker, name string) *Speaker {
	pkey, okey := reader.SpeakerKey(name, reader.Person), reader.SpeakerKey(name, reader.Org)
	if pkey == "" {
		return nil
	}
	if s := WithKey(ss, okey, pkey); s != nil {
		return s
	}
	lower := strings.ToLower(strings.Join(strings.Fields(name), " "))
	var best *Speaker
	for _, s := range ss {
		hit := false
		for _, a := range s.Aliases {
			hit = hit || strings.ToLower(a) == lower || reader.SpeakerKey(a, reader.Person) == pkey
		}
		if hit && (best == nil || s.Quotes > best.Quotes) {
			best = s
		}
	}
	if best != nil || strings.Contains(pkey, " ") {
		return best
	}
	// A surname alone: the most quoted speaker of that surname.
	for _, s := range ss {
		for _, k := range s.Keys {
			if strings.HasSuffix(k, " "+pkey) && (best == nil || s.Quotes > best.Quotes) {
				best = s
			}
		}
	}
	return best
}

// WithKey returns the speaker one of whose keys is the first of keys any
// speaker has, or nil.
func WithKey(ss []*Speaker, keys ...string) *Speaker {
	for _, k := range keys {
		for _, s := range ss {
			if slices.Contains(s.Keys, k) {
				return s
			}
		}
	}
	return nil
}
