package reader

import "strings"

// roleOf returns the role the article gives person e next to one of its
// names, for a speaker that has no title role: an appositive after the
// name ("Mary Lu, an economist at Bright Bank," gives "economist at Bright
// Bank") or the words of a role between an organisation and the name
// ("Bright Bank chairman and chief executive Tom Hale" gives "chairman and
// chief executive"). "" when the article gives none.
func (d *doc) roleOf(e int) string {
	for _, ci := range d.ents[e].chunks {
		if ci < 0 || ci >= len(d.chunks) {
			continue
		}
		c := &d.chunks[ci]
		if r := d.appositiveRole(c.t1); r != "" {
			return r
		}
		if r := d.premodRole(c.t0); r != "" {
			return r
		}
	}
	return ""
}

// appositiveRole reads ", a|an|the ROLE," at token t: a role of one to
// seven words, its first word in lower case, ended by a comma or the
// sentence's end.
func (d *doc) appositiveRole(t int) string {
	if !d.is(t, ",") || t+2 >= len(d.toks) || !(d.is(t+1, "a") || d.is(t+1, "an") || d.is(t+1, "the")) {
		return ""
	}
	a := t + 2
	if !d.isWord(a) || d.toks[a].upper || d.toks[a].blk != d.toks[t].blk {
		return ""
	}
	b := a
	for b < len(d.toks) && b < a+7 && (d.isWord(b) || d.toks[b].kind == tkPoss) && d.toks[b].q == 0 {
		if !d.toks[b].upper && d.lowerIs(b, wfCue) {
			return "" // "Mary Lu, the singer said": no appositive
		}
		b++
	}
	if b == a || b >= len(d.toks) || !(d.is(b, ",") || d.is(b, ".")) {
		return ""
	}
	head := d.lower(b - 1)
	for k := a; k < b; k++ {
		if d.is(k, "at") || d.is(k, "of") || d.is(k, "for") {
			head = d.lower(k - 1)
			break
		}
	}
	if !personNouns[head] && !roleNouns[head] {
		return ""
	}
	return d.spanText(a, b-1)
}

// premodRole reads the lower-case role words between an organisation and
// the name that starts at token t: "Acme Foods chief executive Jane Doe".
func (d *doc) premodRole(t int) string {
	k := t
	for k > 0 && t-k < 5 && d.isWord(k-1) && !d.toks[k-1].upper && (personNouns[d.lower(k-1)] || roleNouns[d.lower(k-1)] ||
		d.is(k-1, "and") || d.is(k-1, "managing") || d.is(k-1, "general")) {
		k--
	}
	if k == t || d.is(k, "and") || k == 0 {
		return ""
	}
	if ci := d.chunkOf(k - 1); ci < 0 || d.chunks[ci].kind != Org {
		return ""
	}
	return strings.TrimSpace(d.spanText(k, t-1))
}

// roleNouns head roles that personNouns, a list of speakers' nouns, lacks.
var roleNouns = map[string]bool{"economist": true, "singer": true, "champion": true, "coach": true, "captain": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "player": true, "chairwoman": true,
	"president": true, "partner": true, "head": true, "officer": true, "engineer": true, "scientist": true,
	"researcher": true, "fellow": true, "spokesman": true, "spokeswoman": true, "founder": true, "owner": true,
	"editor": true, "correspondent": true, "presenter": true, "chairman": true, "executive": true, "director": true,
	"boss": true, "minister": true, "secretary": true, "analyst": true, "lecturer": true, "teacher": true}
