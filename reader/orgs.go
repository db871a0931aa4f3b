package reader

import (
	"strings"
	"unicode"
)

// The rules of this file type names as organisations from the words
// around them ("carmaker Fiat", "Fiat's shares", "Fiat said it ...") and
// join the names of one organisation (an acronym and its expansion:
// "WHO", "World Health Organization"; spellings: "Wal-Mart", "Walmart").

// orgDescriptors are common nouns that, right before a name or as its
// appositive, say it is an organisation: "carmaker Fiat", "Fiat, the
// Italian carmaker,".
var orgDescriptors = map[string]bool{}

// orgAfter are words after a name (or its possessive) that say it is an
// organisation: "Fiat shares", "Fiat's profits", "Fiat boss" (not
// "chairman": "Smith, party chairman").
var orgAfter = map[string]bool{}

// orgObjectOf are nouns whose "in", "of", "for" or "with" is followed by
// an organisation: "shares in Fiat", "a takeover of Fiat".
var orgObjectOf = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`carmaker automaker firm company group bank lender airline carrier retailer
	supermarket chain insurer broadcaster regulator club side party agency giant conglomerate manufacturer maker
	producer operator publisher brewer miner utility startup start-up outfit label studio network newspaper
	charity watchdog provider supplier developer builder chipmaker drugmaker distributor exporter importer
	telecoms consultancy multinational subsidiary tabloid magazine`) {
		orgDescriptors[w] = true
	}
	for _, w := range strings.Fields(`shares stock shareholders profits profit sales revenue revenues earnings
	boss bosses plant factory factories stores outlets brand executives workforce subsidiary subsidiaries
	headquarters takeover merger`) {
		orgAfter[w] = true
	}
	for _, w := range strings.Fields(`shares stake stakes takeover bid merger acquisition owners shareholders`) {
		orgObjectOf[w] = true
	}
}

// typeOrgsByContext makes organisations of the names that the words
// around one of their mentions say are organisations, in all their
// mentions: names without a title or a given name, of one to three words.
func (d *doc) typeOrgsByContext() {
	d.markWorks()
	var names map[string]bool
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.kind != Person || c.title != "" || c.common || c.t1-c.n0 > 3 || d.wordIs(c.n0, wfFirstName) ||
			c.t1-c.n0 > 1 && givenGender(d.text(c.n0)) != 0 {
			continue // a given name opens a person's name
		}
		if d.orgContext(c) {
			if names == nil {
				names = map[string]bool{}
			}
			names[d.spanText(c.n0, c.t1-1)] = true
		}
	}
	if names == nil {
		return
	}
	// a surname of someone named in full is the person's ("the Clinton
	// campaign ... its")
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.kind == Person && c.t1-c.n0 > 1 && (c.title != "" || d.wordIs(c.n0, wfFirstName) || givenGender(d.text(c.n0)) != 0) {
			delete(names, d.text(c.t1-1))
		}
	}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.kind == Person && c.title == "" && !c.common && names[d.spanText(c.n0, c.t1-1)] {
			c.kind, c.weak = Org, false
		}
	}
}

// markWorks makes no entity of the titles of works that read as
// people's names: "White Teeth by Zadie Smith", "Susanna Clarke's
// Jonathan Strange", in all their mentions.
func (d *doc) markWorks() {
	var works map[string]bool
	fullName := func(ci int) bool {
		if ci < 0 {
			return false
		}
		c := &d.chunks[ci]
		return c.kind == Person && !c.common && c.t1-c.n0 > 1
	}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.kind != Person || c.title != "" || c.common || c.t1-c.n0 < 2 {
			continue
		}
		by := d.is(c.t1, "by") && fullName(d.chunkOf(c.t1+1)) && d.chunkOf(c.t1+1) != ci
		poss := c.t0 > 0 && d.toks[c.t0-1].kind == tkPoss && fullName(d.chunkOf(c.t0-2))
		if by || poss {
			if works == nil {
				works = map[string]bool{}
			}
			works[d.spanText(c.n0, c.t1-1)] = true
		}
	}
	for ci := range d.chunks {
		if c := &d.chunks[ci]; works != nil && c.kind == Person && c.title == "" && works[d.spanText(c.n0, c.t1-1)] {
			c.common = true
		}
	}
}

// orgContext reports whether the words around chunk c say it names an
// organisation.
func (d *doc) orgContext(c *chunk) bool {
	p := c.n0 - 1
	if d.isWord(p) && orgDescriptors[d.lower(p)] {
		return true // "carmaker Fiat"
	}
	if (d.is(p, "daily") || d.is(p, "weekly")) && d.wordIs(p-1, wfNationality) {
		return true // "Greek daily Kathimerini", not "the daily COVID-19 briefing"
	}
	if d.isWord(p) && d.isWord(p-1) && orgObjectOf[d.lower(p-1)] {
		switch d.lower(p) {
		case "in", "of", "for", "with":
			return true // "shares in Fiat"
		}
	}
	t := c.t1
	if t < len(d.toks) && d.toks[t].kind == tkPoss {
		t++
	}
	if d.isWord(t) && orgAfter[d.lower(t)] && !d.toks[t].upper {
		return true // "Fiat shares", "Fiat's profits"
	}
	if d.is(c.t1, ",") {
		// "Fiat, the Italian carmaker,"; "Fiat, which"
		k := c.t1 + 1
		if d.is(k, "which") {
			return true
		}
		if d.is(k, "the") || d.is(k, "a") || d.is(k, "an") {
			for x := k + 1; x < k+5 && d.isWord(x); x++ {
				if orgDescriptors[d.lower(x)] && !d.toks[x].upper {
					return true
				}
			}
		}
	}
	// "Fiat said its profits rose": a speaker whose own is "its"
	if d.isWord(c.t1) && d.tokCueInfo(c.t1).cue != 0 {
		k := c.t1 + 1
		if d.is(k, "that") {
			k++
		}
		if d.is(k, "its") {
			return true
		}
		// "Vodafone said it would ...": one word that no one bears as
		// given name (a surname of someone named in full is left out
		// by the caller)
		if d.is(k, "it") && c.t1-c.n0 == 1 && givenGender(d.text(c.n0)) == 0 && !d.wordIs(c.n0, wfNationality) {
			switch d.lower(k + 1) {
			case "would", "will", "had", "has", "expects", "expected", "plans", "planned", "intends", "aims", "hopes",
				"wants", "is", "was", "could", "may", "might":
				return true
			}
		}
	}
	return false
}

// joinOrgVariants makes one entity of an organisation's acronym and its
// expansion ("WHO", "World Health Organization"; "GM", "General Motors")
// and of its spellings ("Wal-Mart Stores", "Walmart"): the longer name
// stays, the other becomes an alias.
func (d *doc) joinOrgVariants() {
	var orgs []int
	for e := range d.ents {
		en := &d.ents[e]
		// a single unknown word taken for a person may be another
		// spelling of an organisation ("Walmart")
		if len(en.mention) > 0 && (en.kind == Org || en.kind == Person && en.first == "" && en.role == "" && !strings.Contains(en.name, " ")) {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) == 0 {
		return
	}
	// a single unknown word, left for the speaker rules to decide, that
	// is another spelling of an organisation: "Walmart said"
	var keys []string // orgKey of each of orgs' names, made when needed
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || !c.weak || c.common || c.t1-c.n0 != 1 {
			continue
		}
		k := orgKey(d.text(c.n0))
		if k == "" {
			continue
		}
		if keys == nil {
			keys = orgKeys(d, orgs)
		}
		for i, b := range orgs {
			if d.ents[b].kind == Org && keys[i] == k {
				c.kind, c.weak = Org, false
				d.attach(ci, b)
				break
			}
		}
	}
	if len(orgs) < 2 {
		return
	}
	d.joinOrgWords(orgs)
	keys = orgKeys(d, orgs) // names may have changed; merging below keeps them
	for ai, a := range orgs {
		ea := &d.ents[a]
		if len(ea.mention) == 0 {
			continue
		}
		for bi, b := range orgs {
			eb := &d.ents[b]
			if a == b || len(eb.mention) == 0 || len(eb.name) <= len(ea.name) || eb.kind != Org {
				continue
			}
			if isAcronym(ea.name) && acronymOf(ea.name, eb.name) || keys[ai] != "" && keys[ai] == keys[bi] ||
				clippedOf(ea.name, eb.name) {
				d.mergeEntity(b, a)
				break
			}
		}
	}
}

// clippedOf reports whether short is name with words clipped, word for
// word: "Lib Dems", "Liberal Democrats". A clipped word is two to four
// letters that begin the full word (with its plural "s" kept), so that
// "Labour Party" is no clipping of "Labour Partnership".
func clippedOf(short, name string) bool {
	sw, nw := strings.Fields(short), strings.Fields(name)
	if len(sw) < 2 || len(sw) != len(nw) {
		return false
	}
	clipped := false
	for i, w := range sw {
		if w == nw[i] {
			continue
		}
		stem, full := w, nw[i]
		if strings.HasSuffix(stem, "s") && strings.HasSuffix(full, "s") {
			stem = stem[:len(stem)-1]
		}
		if len(stem) < 2 || len(stem) > 4 || len(stem) >= len(full) || !strings.HasPrefix(full, stem) {
			return false
		}
		clipped = true
	}
	return clipped
}

// isAcronym reports whether name is an acronym: two to six letters in
// capitals, "&" allowed inside ("AT&T").
func isAcronym(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r == '&' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return name[0] >= 'A' && name[0] <= 'Z' && isUpperString(name[len(name)-1:])
}

// acronymOf reports whether acr is made of the initials of name's words,
// with or without its small connectors ("BoE", "Bank of England"; "FBI",
// "Federal Bureau of Investigation").
func acronymOf(acr, name string) bool {
	acr = strings.ToUpper(strings.ReplaceAll(acr, "&", ""))
	var all, caps strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w == "&" {
			continue
		}
		r := []rune(w)[0]
		all.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			caps.WriteRune(r)
		}
	}
	return len(acr) >= 2 && (acr == caps.String() || acr == all.String())
}

// orgSuffixes are words at the end of a company's name that its other
// spellings leave out: "Wal-Mart Stores", "Walmart".
var orgSuffixes = map[string]bool{"Stores": true, "Inc": true, "Inc.": true, "Corp": true, "Corp.": true,
	"Corporation": true, "Group": true, "Co": true, "Co.": true, "Ltd": true, "Ltd.": true, "plc": true, "Plc": true,
	"PLC": true, "Holdings": true, "Company": true, "AG": true, "SA": true, "NV": true, "LLC": true}

// orgKeys returns the orgKey of each entity of ents' name.
func orgKeys(d *doc, ents []int) []string {
	keys := make([]string, len(ents))
	for i, e := range ents {
		keys[i] = orgKey(d.ents[e].name)
	}
	return keys
}

// orgKey is the name of an organisation without its suffix, spaces,
// hyphens, dots and case: one for all its spellings; "" when nothing is
// left.
func orgKey(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && orgSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	var b strings.Builder
	b.Grow(len(name))
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// mergeEntity makes entity src's mentions mentions of dst, its name an
// alias; src is left without mentions, so it is no entity.
func (d *doc) mergeEntity(dst, src int) {
	s, t := &d.ents[src], &d.ents[dst]
	for _, ci := range s.chunks {
		d.chunks[ci].ent = dst
		d.chunks[ci].kind = t.kind
	}
	t.chunks = append(t.chunks, s.chunks...)
	t.mention = append(t.mention, s.mention...)
	for _, a := range append([]string{s.name}, s.aliases...) {
		if a != t.name && !hasString(t.aliases, a) {
			t.aliases = append(t.aliases, a)
		}
	}
	s.chunks, s.mention, s.aliases = nil, nil, nil
	for k, e := range d.byKey {
		if e == src {
			d.byKey[k] = dst
		}
	}
}

// joinOrgWords makes a person of one unknown word that is a word of one
// organisation's name that organisation: "Reynolds" after "RJ Reynolds
// Tobacco", "Sachs" after "Goldman Sachs".
func (d *doc) joinOrgWords(orgs []int) {
	for _, a := range orgs {
		ea := &d.ents[a]
		if ea.kind != Person || len(ea.mention) == 0 || len(ea.name) < 3 {
			continue
		}
		match := -1
		for _, b := range orgs {
			eb := &d.ents[b]
			if b == a || eb.kind != Org || len(eb.mention) == 0 || !strings.Contains(eb.name, " ") {
				continue
			}
			for _, w := range strings.Fields(eb.name) {
				if w == ea.name && !d.lx.orgWords[w] && !nameConnectors[strings.ToLower(w)] {
					if match >= 0 && match != b {
						match = -2 // two organisations: neither
					} else if match == -1 {
						match = b
					}
				}
			}
		}
		if match >= 0 {
			d.mergeEntity(match, a)
		}
	}
}

// teamAfter and teamBefore are words after and before a country's or a
// town's name that make it a team in a report on sport: "England coach",
// "Wales beat", "against France", "Leeds v Chelsea".
var teamAfter, teamBefore, sportWords = map[string]bool{}, map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`coach captain squad manager side team skipper players defender forward striker
	midfielder goalkeeper fly-half scrum-half winger v vs beat won lost drew played scored thrashed trailed`) {
		teamAfter[w] = true
	}
	for _, w := range strings.Fields(`against beat beating beaten v vs face faces faced facing defeated thrashed`) {
		teamBefore[w] = true
	}
	for _, w := range strings.Fields(`match matches tournament championship coach goal goals striker cup league season
	squad victory half-time scored fixture rugby football cricket tennis innings wickets tries midfielder
	goalkeeper semi-final quarter-final final referee`) {
		sportWords[w] = true
	}
}

// typeTeams makes organisations of the places that play in a report on
// sport: national teams and clubs named after their towns ("England beat
// Wales"), in all their mentions. A report on sport has at least three
// words of sport.
func (d *doc) typeTeams() {
	var teams []int
	for e := range d.ents {
		en := &d.ents[e]
		if en.kind != Place {
			continue
		}
		for _, ci := range en.chunks {
			c := &d.chunks[ci]
			p, n := c.t0-1, c.t1
			if n < len(d.toks) && d.toks[n].kind == tkPoss {
				n++
			}
			if d.isWord(p) && teamBefore[d.lower(p)] || d.isWord(n) && teamAfter[d.lower(n)] {
				teams = append(teams, e)
				break
			}
		}
	}
	if len(teams) == 0 || !d.aboutSport() {
		return
	}
	for _, e := range teams {
		d.ents[e].kind = Org
		for _, ci := range d.ents[e].chunks {
			d.chunks[ci].kind = Org
		}
	}
}

// aboutSport reports whether at least three words of the body are words
// of sport.
func (d *doc) aboutSport() bool {
	n := 0
	for i := range d.toks {
		if d.toks[i].kind == tkWord && sportWords[d.lower(i)] {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}
