package reader

import longlist "github.com/byline/byline/reader/gazetteer"

// locatives are the words before a place's name that make a town of a
// marked name: "in Reading", "near Lincoln", "outside Wokingham". "to",
// "from" and "at" are not: "sings to Clinton", "from Obama being".
var locatives = map[string]bool{"in": true, "near": true, "outside": true, "downtown": true, "suburban": true}

// townAt returns the number of tokens of the town of the long gazetteer
// (GeoNames places of 15,000 people or more) that is the whole rest of the
// capitalised run [i, j), or 0. A town of fewer than 100,000 people, or
// whose name is also a common word ("Bath", "Reading", "Mobile"), a given
// name or a common surname ("Lincoln", "Moore") is one only after a
// locative ("in Bath"); a run that goes on past the town ("Brighton
// Council", "Reading Football Club") is left to the other rules.
func (d *doc) townAt(i, j int) int {
	towns := longlist.Towns()
	n, tag := 0, byte(0)
	words := 0
	for k := i; k < j && words < towns.MaxWords; k++ {
		if d.toks[k].kind != tkWord {
			break
		}
		words++
		name := d.spanText(i, k)
		if t, ok := towns.Lookup(name); ok {
			n, tag = k-i+1, t
		}
		if !towns.HasLonger(name) {
			break
		}
	}
	if n == 0 || i+n != j {
		return 0
	}
	if tag != 0 || d.wordIs(i, wfFirstName) {
		if i == 0 || !d.isWord(i-1) || !locatives[d.lower(i-1)] {
			return 0
		}
	}
	return n
}
