package reader

import "strings"

// chunk is a run of capitalised words naming one thing: a person (with
// the title before the name), a place or an organisation.
type chunk struct {
	t0, t1 int // tokens [t0, t1), title included
	n0     int // first token of the name proper, after any title
	kind   EntityKind
	ent    int    // index into doc.ents, or -1 while unresolved
	title  string // the title before a person's name ("Secretary of State")
	// weak marks a single unknown capitalised word: a person only when
	// some other evidence says so.
	weak bool
	// common marks common words in capitals ("Estimates", "Civil War"):
	// never an entity.
	common bool
	// town marks a place of the long gazetteer (reader/gazetteer): a
	// person after all when someone named in full bears it as surname.
	town bool
}

// entity is a person, place or organisation with all its mentions.
type entity struct {
	name    string
	kind    EntityKind
	gender  byte // 'm', 'f' or 0 when unknown
	role    string
	aliases []string
	mention []Span
	chunks  []int
	first   string // given name of a person, if known
	last    string // surname of a person, or the name
}

// capStop are capitalised words that do not start a name: sentence-initial
// function words, days and months.
var capStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An But And Or Nor However In On At For With Without After Before During
	Despite Later Earlier Afterwards Meanwhile Both Each Every Hours Days Weeks Months Years This That These Those
	It He She They We I You His Her Their Its Our My Your If When While As Since Although Though Because So Yet
	Still Also Then Now Today Yesterday Tomorrow Last Next According Some Many Most All Other Another One Two
	Three Four Five Six Seven Eight Nine Ten There Here What Who Whom Whose Why How Where Which Not No Yes Just
	Even Only Asked Under Over Among Between Through From To Into Of By About Against Instead Once Unlike Like
	Until Whether Amid Beyond Following Including Such Several Few More Much Less Neither Either Nobody Everyone
	Someone Anyone Please Thank Thanks Oh Well Indeed Perhaps Maybe Sometimes Often Never Always Already Again
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
	September October November December Read Watch Listen Follow Sign Click Share Image Images Photo Video Getty Reuters AP Copyright
	Breaking Update Updated Editor Note Related Advertisement Officials Sources Critics Analysts Experts
	Supporters Residents People Police Soldiers Troops Voters Leaders Lawmakers Protesters Witnesses Writing
	Speaking Talking Announcing Responding Asked Told Said Says Saying Adding Why Mr Mrs Ms Dr Prosecutors
	Investigators Authorities Doctors Scientists Researchers Economists Campaigners Activists Ministers Diplomats
	Lawyers Judges Students Workers Parents Teachers Fans Users Customers Consumers Villagers Rescuers Firefighters
	Medics Militants Rebels Insurgents Demonstrators Officers Agents Aides Advisers Allies Opponents Polls Pollsters I'm I'd I've I'll We'll We're We've We'd You're You've They're They'll They've
	He's He'd She's She'd It's Does Did Do Is Are Was Were Can Could Will Would Should Has Have Had Let Let's
	Unless Together Ask Whatever Whoever Contrary Except Given Besides Otherwise Whenever Wherever Regardless
	Nevertheless Nonetheless Moreover Furthermore Therefore Thus Hence Overall Ultimately Currently Recently
	Previously Audiences Guns Former Across Outside Inside Behind Beside Near Along Around Above Below Within Upon
	Toward Towards Via Per None First Second Third Finally Firstly Secondly See Full Here's There's`) {
		capStop[w] = true
	}
}

// nameBreaks are capitalised function words and speech verbs that end
// a run of capitalised words in a title-case line: no name goes on over
// them.
var nameBreaks = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The An To In On At With Is Are Was Were Has Have Had Would Could Should Can
	Does Did Do Asked Said Says Told Tells It He She They We You His Her Their Its Our My Your What Who Why How
	Where When This That These Those About Into Over Under Questioned Explained Got Gets`) {
		nameBreaks[w] = true
	}
}

// notNames are capitalised words and acronyms that name no one: roles,
// units and common abbreviations.
var notNames = map[string]bool{"MP": true, "MPs": true, "MEP": true, "MEPs": true, "CEO": true, "TV": true,
	"PM": true, "GDP": true, "OK": true, "AM": true, "FM": true, "PhD": true, "UFO": true, "DNA": true,
	"COVID": true, "Covid": true, "AI": true, "IT": true, "PR": true, "VAT": true, "NHS": false,
	// events, diseases, substances and common initialisms
	"WW2": true, "WWII": true, "WWI": true, "WW1": true, "LNG": true, "H1N1": true, "HIV": true, "AIDS": true,
	"SARS": true, "MERS": true, "GMT": true, "BST": true, "UTC": true, "CFO": true, "COO": true, "NGO": true,
	"NGOs": true, "LGBT": true, "LGBTQ": true, "ID": true, "SUV": true, "USB": true, "URL": true, "PDF": true,
	"HQ": true, "VIP": true, "MVP": true, "ICU": true, "IVF": true, "IQ": true,
	// time zones and currency codes
	"EDT": true, "EST": true, "CDT": true, "CST": true, "MDT": true, "MST": true, "PDT": true, "PST": true,
	"CET": true, "CEST": true, "EET": true, "IST": true, "JST": true, "KST": true, "AEST": true, "AEDT": true,
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "CHF": true, "CAD": true, "AUD": true, "INR": true}

// ampersandTerms are initials joined by "&" that name no one: "R & D".
var ampersandTerms = map[string]bool{"R & B": true, "R & D": true, "Q & A": true, "B & B": true, "A & E": true,
	"R&B": true, "R&D": true, "Q&A": true, "B&B": true, "A&E": true}

// nameConnectors may stand inside a name between capitalised words.
var nameConnectors = map[string]bool{"of": true, "de": true, "da": true, "del": true, "van": true, "von": true,
	"der": true, "bin": true, "al": true, "la": true, "le": true, "du": true, "for": true, "the": true, "and": true, "&": true}

// findChunks finds the capitalised names of tokens [from, to).
// titleCase says the block is a headline in title case, where only
// names from the gazetteers are taken.
func (d *doc) findChunks(from, to int, sentStart []bool, titleCase bool) {
	titleCase = titleCase || d.subheading(from, to)
	i := from
	for i < to {
		if !d.capWord(i) {
			i++
			continue
		}
		// the run of capitalised words, with connectors inside
		j := i + 1
		for j < to {
			if d.capWord(j) {
				j++
				continue
			}
			if d.toks[j].kind == tkPunct && d.body[d.toks[j].s] == '.' && d.toks[j].s == d.toks[j-1].e && d.isAbbrev(j-1) && j+1 < to && d.capWord(j+1) {
				j++
				continue
			}
			if d.is(j, "&") && j+1 < to && d.capWord(j+1) && d.toks[j+1].q == d.toks[i].q {
				j++ // "Marks & Spencer", "Daily Mail & General Trust"
				continue
			}
			if d.is(j, "on") && d.wordIs(j-1, wfOrgWord) && j+1 < to && d.capWord(j+1) && !d.wordIs(j+1, wfCapStop) && d.toks[j+1].q == d.toks[i].q {
				j++ // "Council on Foreign Relations", "Committee on Taxonomy of Viruses"
				continue
			}
			if d.isWord(j) && d.wordIs(j, wfConnector) && j+1 < to && d.capWord(j+1) && d.toks[j+1].q == d.toks[i].q {
				// "Secretary of State", "Bank of England"; not "Ukraine and Russia"
				if d.text(j) == "and" || d.text(j) == "for" || d.text(j) == "the" {
					// "Institute for Health Metrics and Evaluation", not
					// "Ukraine and Russia"
					if !d.orgAhead(i, i, j) && !d.orgAhead(i, j+2, to) {
						break
					}
				}
				j++
				continue
			}
			break
		}
		d.splitRun(i, j, sentStart[i], titleCase)
		i = j
	}
}

// subheading reports whether the paragraph of tokens [from, to) is a
// subheading in title case ("Veto Power Impedes Peace Efforts"): short,
// without a closing full stop or quotation, every longer word capitalised.
func (d *doc) subheading(from, to int) bool {
	if to-from > 16 || to <= from || d.toks[to-1].kind != tkWord {
		return false
	}
	words := 0
	for t := from; t < to; t++ {
		if d.toks[t].kind == tkQuote || d.toks[t].q != 0 {
			return false
		}
		if d.toks[t].kind == tkWord && len(d.text(t)) > 3 {
			if !d.toks[t].upper {
				return false
			}
			words++
		}
	}
	return words >= 3
}

// capWord reports whether token i is a capitalised word (or a name-like
// acronym).
func (d *doc) capWord(i int) bool {
	t := d.toks[i]
	return t.kind == tkWord && t.upper
}

// isAbbrev reports whether token i is an abbreviation or initial that a
// full stop follows inside a name ("Mr.", "J.", "U.S.").
func (d *doc) isAbbrev(i int) bool {
	w := d.text(i)
	return abbreviations[w] || (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z')
}

// orgAhead reports whether an organisation word follows within the run
// starting at i, before to.
func (d *doc) orgAhead(i, k, to int) bool {
	for ; k < to && d.capWord(k); k++ {
		if d.wordIs(k, wfOrgWord) {
			return true
		}
	}
	return false
}

// longest returns the number of tokens of the longest name of g starting
// at token i and ending before to (0 when none).
func (d *doc) longest(g *gazetteer, i, to int) int {
	if !d.wordIs(i, g.flag) {
		return 0
	}
	best := 0
	words := 0
	for j := i; j < to && words < g.maxWords; j++ {
		if d.toks[j].kind == tkWord || d.toks[j].kind == tkNum {
			words++
		}
		if d.toks[j].kind == tkPunct && d.body[d.toks[j].s] != '.' {
			break
		}
		if g.names[d.spanText(i, j)] {
			best = j - i + 1
		}
	}
	return best
}

// splitRun cuts the run of capitalised tokens [i, j) into chunks.
// portfolioTitles are titles that a capitalised portfolio may open
// ("Emergencies Minister", "Health Secretary").
var portfolioTitles = map[string]bool{"Minister": true, "Secretary": true, "Commissioner": true}

func (d *doc) splitRun(i, j int, atStart, titleCase bool) {
	lx := d.lx
	d.runStart = i
	title, titleAt := "", -1
	for i < j {
		if d.toks[i].kind != tkWord || !d.toks[i].upper {
			i++ // punctuation, or a connector left at the front
			continue
		}
		nt := d.longest(&lx.titles, i, j)
		np := d.longest(&lx.places, i, j)
		no := d.longest(&lx.orgs, i, j)
		if nt == 0 && np == 0 && no == 0 && title == "" && i+2 < j && d.wordIs(i+1, wfPortfolio) && !d.wordIs(i, wfFirstName) &&
			!d.wordIs(i, wfNationality) && d.longest(&lx.titles, i+1, j) == 1 && d.capWord(i+2) {
			nt = 2 // "Emergencies Minister Yevgeny Zinichev": the portfolio is part of the title
		}
		switch {
		case nt > 0 && nt >= np && nt >= no && i+nt < j:
			// a title: the name follows
			if title == "" {
				titleAt = i
			}
			title = d.spanText(titleAt, i+nt-1)
			i += nt
			continue
		case no > 0 && no >= np:
			// "BBC Radio": organisation words after a known name
			for i+no < j && d.capWord(i+no) && d.wordIs(i+no, wfOrgWord) {
				no++
			}
			if i+no+1 < j && d.is(i+no, "&") && d.capWord(i+no+1) {
				// "Daily Mail & General Trust": the name goes on to its
				// last organisation word
				for x := i + no + 1; x < j && d.capWord(x); x++ {
					if d.wordIs(x, wfOrgWord) {
						no = x - i + 1
					}
				}
			}
			if len(d.text(i)) > 1 || (no == 1 && !titleCase && d.is(i-1, "on")) {
				d.addChunk(i, i+no, i, Org, "", false)
			}
			i += no
			title, titleAt = "", -1
			continue
		case np > 0:
			// "Kansas City Chiefs" is a name of its own, but "US Supreme
			// Court" and "U.S. Senate" are a country and a known
			// institution of it
			k := i + np
			if d.is(k, ".") {
				k++
			}
			if d.orgAhead(i, i+np, j) && !titleCase && !(k < j && d.longest(&lx.orgs, k, j) > 0) {
				break
			}
			d.addChunk(i, i+np, i, Place, "", false)
			i += np
			title, titleAt = "", -1
			continue
		}
		w := d.text(i)
		if d.wordIs(i, wfNotName) {
			i++
			continue
		}
		// "said Will Doyle": a given name that is also a capitalised
		// function word names someone inside a sentence
		givenStop := d.wordIs(i, wfCapStop) && d.wordIs(i, wfFirstName) && !titleCase && !(atStart && i == d.runStart) && i+1 < j && d.capWord(i+1)
		// "Christian Olsson": a nationality or creed that is also a given
		// name opens a name before an unknown word
		givenNat := d.wordIs(i, wfFirstName) && i+1 < j && d.capWord(i+1) && !d.wordIs(i+1, wfCommon) && !d.wordIs(i+1, wfNationality)
		if (d.wordIs(i, wfNationality) && !d.orgAhead(i, i+1, j) && !givenNat) || (d.wordIs(i, wfCapStop) && title == "" && !givenStop) {
			i++
			continue
		}
		if h := strings.LastIndexByte(w, '-'); h > 0 && lx.common.has(w[h+1:]) {
			i++ // "State-owned", "Moscow-based": an adjective
			continue
		}
		if titleCase || (atStart && i == d.runStart && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing")) && (d.wordIs(i, wfCommon) || !d.knownSurname(w))) {
			i++ // "Recently", "Enrolling Minetest": a sentence's first word
			continue
		}
		if atStart && i == d.runStart && j == i+1 && title == "" && d.verbOpener(i) {
			// "Preys on our fears", "Keeps saying": a verb opening a
			// sentence with no subject; kept for the clause structure,
			// never an entity, no speaker (speakerLike)
			d.addChunk(i, i+1, i, Person, "", true)
			d.chunks[len(d.chunks)-1].common = true
			i++
			continue
		}
		if atStart && i == d.runStart && i+1 < j && title == "" && orgDescriptors[d.lower(i)] {
			i++ // "Carmaker Fiat": a common noun before the name
			continue
		}
		if d.wordIs(i, wfCommon) && !d.wordIs(i, wfFirstName) && i+1 < j && d.wordIs(i+1, wfFirstName) && title == "" {
			i++ // "Bookmaker William Hill": a common noun before a given name
			continue
		}
		if n := d.townAt(i, j); n > 0 && title == "" {
			// "Blackpool", "in Reading": a town of the long gazetteer
			d.addChunk(i, i+n, i, Place, "", false)
			d.chunks[len(d.chunks)-1].town = true
			i += n
			continue
		}
		// an unknown name: up to the next gazetteer name
		k := i + 1
		for k < j {
			if d.is(k, "of") && d.wordIs(i, wfFirstName) && k-i >= 2 {
				break // "Jennifer Daskal of American University": a person of a place
			}
			if d.is(k-1, "of") && (d.wordIs(i, wfOrgWord) || d.wordIs(k-2, wfOrgWord)) {
				// "Bank of England", "University of Texas"
				k++
				continue
			}
			if d.wordIs(k, wfNameBreak) {
				break // "Zoe Saldana Asked Men Everywhere To ...": a function word ends the name
			}
			// a surname that is also a place stays in the name: "Jim Jordan"
			surname := d.wordIs(i, wfFirstName) && k-i <= 3 && d.longest(&lx.places, k, j) == 1 && (k+1 >= j || !d.capWord(k+1))
			if d.toks[k].kind == tkWord && d.toks[k].upper &&
				(d.longest(&lx.places, k, j) > 0 && !d.orgAhead(k, k, j) && !surname || d.longest(&lx.orgs, k, j) > 0 ||
					d.longest(&lx.titles, k, j) > 0 && !d.wordIs(k, wfFirstName)) {
				break
			}
			k++
		}
		for k > i+1 && (d.toks[k-1].kind != tkWord || d.wordIs(k-1, wfConnector)) {
			k--
		}
		start := i
		if titleAt >= 0 {
			start = titleAt
		}
		kind, weak := d.nameKind(i, k, title != "")
		common := title == "" && ((kind == Person || k == i+1) && d.commonRun(i, k, atStart && i == d.runStart) ||
			k == i+1 && kind == Org && d.wordIs(i, wfOrgWord)) || kind == Person && k > i+1 && eventHeads[d.text(k-1)]
		if title != "" && k == i+1 && kind == Org && d.wordIs(i, wfOrgWord) {
			// "General Assembly": the title is part of the name
			d.addChunk(start, k, start, Org, "", false)
			i = k
			title, titleAt = "", -1
			continue
		}
		d.addChunk(start, k, i, kind, title, weak && title == "")
		// "Estimates by organisers", "the Syrian Civil War", "THE", a
		// lone "Party" cut from its name: kept for the clause structure,
		// never an entity
		d.chunks[len(d.chunks)-1].common = common || ampersandTerms[d.spanText(i, k-1)]
		i = k
		title, titleAt = "", -1
	}
}

// nameKind guesses what the unknown name of tokens [i, k) is.
func (d *doc) nameKind(i, k int, titled bool) (EntityKind, bool) {
	for x := i; x < k; x++ {
		if d.wordIs(x, wfOrgWord) || d.is(x, "&") {
			return Org, false
		}
	}
	for x := i + 1; x < k; x++ {
		// "Kent County Republican headquarters": a given name opens a
		// place's name
		if placeHeads[d.text(x)] {
			if x == k-1 {
				return Place, false
			}
			return Org, false
		}
	}
	w := d.text(i)
	if titled || d.wordIs(i, wfFirstName) {
		return Person, false
	}
	if k-i == 1 {
		if len(w) >= 2 && len(w) <= 6 && isUpperString(w) {
			return Org, false
		}
		return Person, true
	}
	last := d.text(k - 1)
	switch last {
	case "Day", "Eve":
		return Person, true // "Labor Day": a person only with more evidence
	case "Sea", "Ocean", "River", "Lake", "Mountains", "Mountain", "Island", "Islands", "Bay", "Gulf", "Valley",
		"Desert", "Peninsula", "Province", "County", "Region", "Strait", "Canal", "Coast", "Park", "Square", "Street",
		"Road", "Avenue", "Corner", "Bridge", "Airport", "Stadium", "Station", "Hall", "Dome", "Village", "Republic",
		"Theatre", "Theater", "Gallery", "Cathedral", "Castle", "Palace", "Tower", "Abbey":
		return Place, false
	}
	switch w {
	case "River", "Lake", "Mount", "Mt", "Gulf", "Isle", "Glens":
		return Place, false // "River Lagan", "Mount Everest"
	}
	words := 0
	for x := i; x < k; x++ {
		if d.toks[x].kind == tkWord {
			words++
		}
	}
	// two to four words that read as names ("Jens Stoltenberg") make a
	// person; others ("Continuous Integration") need more evidence: a
	// title, a speech verb, a surname seen alone
	if words > 4 {
		return Org, true
	}
	for x := i; x < k; x++ {
		if d.toks[x].kind == tkWord && !nameLike(d.text(x)) {
			return Person, true
		}
	}
	return Person, false
}

// knownSurname reports whether w ends a capitalised name elsewhere in
// the body ("Megyn Kelly"), so that it names someone at a sentence's start
// too, though it ends in -ly or -ing like an adverb or a participle.
func (d *doc) knownSurname(w string) bool {
	for i := 0; ; {
		k := strings.Index(d.body[i:], " "+w)
		if k < 0 {
			return false
		}
		i += k + 1
		if e := i + len(w); e < len(d.body) && isWordRune(rune(d.body[e])) {
			continue // "Kellyanne"
		}
		p := strings.LastIndexByte(d.body[:i-1], ' ') + 1
		if p < i-1 && d.body[p] >= 'A' && d.body[p] <= 'Z' {
			return true
		}
	}
}

// placeHeads end the names of places and are nobody's surname.
var placeHeads = map[string]bool{"County": true, "Province": true, "Region": true, "Airport": true,
	"Stadium": true, "Peninsula": true, "Desert": true, "Islands": true}

// eventHeads end the names of events, prizes and works, which are not
// entities: "Orange Prize", "Indoor Championships".
var eventHeads = map[string]bool{"Prize": true, "Prizes": true, "Award": true, "Awards": true, "Championships": true,
	"Championship": true, "Cup": true, "Games": true, "Olympics": true, "Festival": true, "Book": true, "Novel": true,
	"Trophy": true, "Medal": true, "Marathon": true, "Prix": true, "War": true, "Wars": true, "Revolution": true,
	"Syndrome": true, "Virus": true, "Viruses": true, "Disease": true, "Fever": true, "Flu": true}

// commonRun reports whether the unknown name of tokens [i, k) is made
// of common words only, none a given name: several ("Civil War",
// "Special Presidential"), one at a sentence's start ("Estimates"), or
// one in capitals ("THE").
func (d *doc) commonRun(i, k int, atStart bool) bool {
	words := 0
	for x := i; x < k; x++ {
		if d.toks[x].kind != tkWord {
			continue
		}
		if d.wordIs(x, wfConnector) {
			continue
		}
		if !d.wordIs(x, wfCommon) || d.wordIs(x, wfFirstName) {
			return false
		}
		words++
	}
	if words == 1 {
		w := d.text(i)
		return atStart || (len(w) > 1 && isUpperString(w))
	}
	return words > 1
}

// nameLike reports whether a capitalised word can be part of a person's
// name: not an acronym, not a common-noun or adjective ending.
func nameLike(w string) bool {
	if len(w) > 1 && isUpperString(w) {
		return false
	}
	for _, suf := range []string{"tion", "ment", "ments", "ity", "ities", "ing", "ics", "ism", "ogy", "ance", "ence",
		"ency", "ical", "ture", "ness", "ship", "ies", "ions", "ers", "ways", "ive"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return false
		}
	}
	return true
}

func (d *doc) addChunk(t0, t1, n0 int, kind EntityKind, title string, weak bool) {
	d.chunks = append(d.chunks, chunk{t0: t0, t1: t1, n0: n0, kind: kind, ent: -1, title: title, weak: weak})
	for t := t0; t < t1; t++ {
		d.chunkAt[t] = int32(len(d.chunks))
	}
}

// chunkOf returns the index of the chunk holding token i, or -1.
func (d *doc) chunkOf(i int) int {
	if i < 0 || i >= len(d.toks) {
		return -1
	}
	return int(d.chunkAt[i]) - 1
}

// entKey is what resolveEntities finds an entity by: its name, and its
// kind (-1 for people named in full).
type entKey struct {
	kind EntityKind
	name string
}

// resolveEntities groups the chunks into entities: full names first, then
// surnames and titled names onto them.
func (d *doc) resolveEntities() {
	if d.byKey == nil {
		d.byKey, d.bySurname = map[entKey]int{}, map[string][]int{}
	}
	byKey, bySurname := d.byKey, d.bySurname
	d.typeOrgsByContext() // "carmaker Fiat", "Fiat said it" (orgs.go)
	newEnt := func(name string, kind EntityKind) int {
		d.ents = append(d.ents, entity{name: name, kind: kind, last: name})
		return len(d.ents) - 1
	}
	// people named in full
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.kind != Person || c.weak || c.common {
			continue
		}
		words := d.nameWords(c)
		if len(words) < 2 {
			continue
		}
		key := d.nameKey(words)
		e, ok := byKey[entKey{-1, key}]
		if !ok {
			// "Donald J. Trump" and "Donald Trump" are one person
			for _, x := range bySurname[words[len(words)-1]] {
				if d.ents[x].first == words[0] {
					e, ok = x, true
					break
				}
			}
		}
		if !ok {
			e = newEnt(key, Person)
			d.ents[e].first, d.ents[e].last = words[0], words[len(words)-1]
			d.ents[e].gender = givenGender(words[0])
			bySurname[words[len(words)-1]] = append(bySurname[words[len(words)-1]], e)
			byKey[entKey{-1, key}] = e
		}
		d.attach(ci, e)
	}
	// single names, places and organisations; then the towns of the long
	// gazetteer, a person's surname when someone bears it ("Clinton said"
	// after "Hillary Clinton" or "Mrs. Clinton")
	for townsDone := false; ; townsDone = true {
		for ci := range d.chunks {
			c := &d.chunks[ci]
			if c.ent >= 0 || (c.weak && c.t1-c.n0 > 1) || c.common {
				continue
			}
			words := d.nameWords(c)
			if len(words) == 0 {
				continue
			}
			key := d.nameKey(words)
			if c.town {
				if es := bySurname[key]; len(es) > 0 {
					c.kind = Person
					d.attach(ci, d.nearest(es, c.t0))
					continue
				}
			}
			if c.kind == Person && len(words) == 1 {
				if es := bySurname[key]; len(es) > 0 {
					g := titleGender(c.title)
					if es = d.notOfGender(es, oppositeGender(g)); len(es) > 0 {
						d.attach(ci, d.nearest(es, c.t0))
						continue
					}
					// "Mr. Obama" where only Michelle Obama is named in full:
					// someone else, of the title's gender.
					e := newEnt(key, Person)
					d.ents[e].gender = g
					bySurname[key] = append(bySurname[key], e)
					byKey[entKey{Person, key}] = e
					d.attach(ci, e)
					continue
				}
				if e := d.byFirstName(key); e >= 0 && !c.weak {
					d.attach(ci, e)
					continue
				}
				if c.weak {
					continue
				}
			}
			if c.town && !townsDone {
				continue // after the people: see below
			}
			if c.kind == Place {
				key = placeKey(key)
			}
			e, ok := byKey[entKey{c.kind, key}]
			if !ok {
				e = newEnt(key, c.kind)
				byKey[entKey{c.kind, key}] = e
				if c.kind == Person {
					bySurname[key] = append(bySurname[key], e)
				}
			}
			d.attach(ci, e)
		}
		if townsDone {
			break
		}
	}
	// weak single words that became names elsewhere
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || !c.weak {
			continue
		}
		key := d.spanText(c.n0, c.t1-1)
		if c.t1-c.n0 > 1 {
			if words := d.nameWords(c); len(words) > 1 {
				key = words[len(words)-1]
			}
		}
		if es := bySurname[key]; len(es) > 0 {
			c.kind = Person
			d.attach(ci, d.nearest(es, c.t0))
		}
	}
	d.joinOrgVariants() // "WHO" and "World Health Organization" (orgs.go)
	d.typeTeams()       // "England beat Wales" (orgs.go)
}

// placeKey gives one name to the spellings of a place.
func placeKey(s string) string {
	switch s {
	case "U.S.", "U.S", "USA", "U.S.A.", "United States of America":
		return "US"
	case "U.K.", "U.K", "United Kingdom":
		return "UK"
	case "Kiev":
		return "Kyiv"
	}
	return s
}

// nameWords returns the words of a chunk's name proper, without title,
// initials' full stops or a trailing "Jr".
// The slice is reused by the next call.
func (d *doc) nameWords(c *chunk) []string {
	out := d.nameBuf[:0]
	d.nameTok = d.nameTok[:0]
	for t := c.n0; t < c.t1; t++ {
		if d.toks[t].kind != tkWord && (c.kind == Person || !d.is(t, "&")) {
			continue // but "Marks & Spencer"
		}
		w := d.text(t)
		if c.kind == Person && (d.wordIs(t, wfConnector) && w != "de" && w != "van" && w != "von" && w != "bin" && w != "al" ||
			w == "Jr" || w == "Sr" || (len(w) == 1 && t > c.n0 && t+1 < c.t1)) {
			continue
		}
		out = append(out, w)
		d.nameTok = append(d.nameTok, t)
	}
	d.nameBuf = out
	return out
}

// nameKey returns words, the words nameWords last returned, joined by
// single spaces: cut from the body when they stand so in it.
func (d *doc) nameKey(words []string) string {
	ts := d.nameTok
	if len(ts) == 0 || len(ts) != len(words) {
		return strings.Join(words, " ")
	}
	for k := 1; k < len(ts); k++ {
		if p := d.toks[ts[k-1]].e; d.toks[ts[k]].s != p+1 || d.body[p] != ' ' {
			return strings.Join(words, " ")
		}
	}
	return d.body[d.toks[ts[0]].s:d.toks[ts[len(ts)-1]].e]
}

// nearest returns the entity of es mentioned last before token t, or the
// first of es when none is.
func (d *doc) nearest(es []int, t int) int {
	best, bestT := es[0], -1
	for _, e := range es {
		cs := d.ents[e].chunks
		for k := len(cs) - 1; k >= 0; k-- {
			if ct := d.chunks[cs[k]].t0; ct < t {
				if ct > bestT {
					best, bestT = e, ct
				}
				break
			}
		}
	}
	return best
}

// titleGender is the gender a title before a name gives ('m' for "Mr.",
// "Congressman"; 'f' for "Mrs.", "Ms.", "Queen"), or 0 when it gives none
// ("President").
func titleGender(title string) byte {
	switch strings.TrimSuffix(title, ".") {
	case "Mr", "Sir", "Lord", "King", "Prince", "Father", "Congressman", "Chairman", "Spokesman":
		return 'm'
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Congresswoman", "Chairwoman", "Spokeswoman", "First Lady":
		return 'f'
	}
	return 0
}

// oppositeGender is 'f' for 'm' and 'm' for 'f'; 0 for 0.
func oppositeGender(g byte) byte {
	switch g {
	case 'm':
		return 'f'
	case 'f':
		return 'm'
	}
	return 0
}

// notOfGender returns the people of es whose given name is not one of
// gender g (all of them when g is 0). The given name decides, not a
// gender an earlier title gave: that title may have been attached to the
// wrong one of two namesakes.
func (d *doc) notOfGender(es []int, g byte) []int {
	if g == 0 {
		return es
	}
	var out []int
	for _, e := range es {
		if givenGender(d.ents[e].first) != g {
			out = append(out, e)
		}
	}
	return out
}

// byFirstName returns the one person whose given name is w, or -1.
func (d *doc) byFirstName(w string) int {
	if !d.firstNamesMade {
		d.firstNamesMade = true
		if d.firstNames == nil {
			d.firstNames = map[string]int{}
		}
		for e := range d.ents {
			if f := d.ents[e].first; d.ents[e].kind == Person && f != "" {
				if _, dup := d.firstNames[f]; dup {
					d.firstNames[f] = -1
				} else {
					d.firstNames[f] = e
				}
			}
		}
	}
	if e, ok := d.firstNames[w]; ok {
		return e
	}
	return -1
}

// attach makes chunk ci a mention of entity e.
func (d *doc) attach(ci, e int) {
	c := &d.chunks[ci]
	c.ent = e
	en := &d.ents[e]
	const first = 4 // room for the first mentions, before append must grow
	if cap(en.chunks) == 0 {
		if len(d.intSlab) < first {
			d.intFull = make([]int, min(64, len(d.chunks))*first)
			d.intSlab = d.intFull
		}
		en.chunks, d.intSlab = d.intSlab[:0:first], d.intSlab[first:]
	}
	if cap(en.mention) == 0 {
		if len(d.spanSlab) < first {
			d.spanFull = make([]Span, min(64, len(d.chunks))*first)
			d.spanSlab = d.spanFull
		}
		en.mention, d.spanSlab = d.spanSlab[:0:first], d.spanSlab[first:]
	}
	en.chunks = append(en.chunks, ci)
	en.mention = append(en.mention, Span{Start: d.toks[c.n0].s, End: d.toks[c.t1-1].e})
	alias := d.spanText(c.t0, c.t1-1)
	if alias != en.name && !hasString(en.aliases, alias) {
		if cap(en.aliases) == 0 {
			if len(d.strSlab) < first {
				d.strFull = make([]string, min(64, len(d.chunks))*first)
				d.strSlab = d.strFull
			}
			en.aliases, d.strSlab = d.strSlab[:0:first], d.strSlab[first:]
		}
		en.aliases = append(en.aliases, alias)
	}
	if c.title != "" {
		if en.role == "" && !personalTitle[strings.TrimSuffix(c.title, ".")] {
			en.role = c.title
		}
		if en.gender == 0 {
			en.gender = titleGender(c.title)
		}
	}
}

// personalTitle are titles that are not a role.
var personalTitle = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Prof": true, "Rev": true}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
