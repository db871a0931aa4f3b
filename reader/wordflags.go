package reader

import "sync"

// The rules ask whether a token is in one word list or another many times
// over. wordFlags gathers the lists the rules ask about most into one map,
// so that the answers for a token come from one lookup, made the first
// time they are asked for and kept in the doc (see wordIs and lowerIs).

// wordFlag is a set of the word lists that hold a word, as a lookup with
// the word gives true (or, for firstNames and cues, not 0).
type wordFlag uint32

const (
	wfKnown         wordFlag = 1 << iota // the token's flags have been looked up
	wfTitleFirst                         // lx.titles.first
	wfPlaceFirst                         // lx.places.first
	wfOrgFirst                           // lx.orgs.first
	wfFirstName                          // lx.firstNames
	wfNationality                        // lx.nationalities
	wfOrgWord                            // lx.orgWords
	wfCommon                             // lx.common, looked up on its own (see wordIs)
	wfCommonKnown                        // wfCommon has been looked up
	wfCueInfoKnown                       // doc.cueInfos holds the token's cueInfo
	wfCue                                // lx.cues
	wfCueS                               // lx.cues gives s
	wfCapStop                            // capStop
	wfNotName                            // notNames
	wfNameBreak                          // nameBreaks
	wfConnector                          // nameConnectors
	wfPortfolio                          // portfolioTitles
	wfPreposition                        // prepositions
	wfDeterminer                         // determiners
	wfSubjPronoun                        // subjectPronouns
	wfClauseStop                         // clauseStop
	wfLeadConj                           // leadConj
	wfSkipBeforeCue                      // skipBeforeCue
	wfPollNoun                           // pollNouns
)

// wordFlags maps every word of the lists above to its flags, but for
// lx.common: three times as big as all the others together, it would
// make every lookup slower.
var wordFlags = sync.OnceValue(func() map[string]wordFlag {
	lx := lex()
	m := map[string]wordFlag{}
	set := func(list map[string]bool, f wordFlag) {
		for w, ok := range list {
			if ok {
				m[w] |= f
			}
		}
	}
	set(lx.titles.first, wfTitleFirst)
	set(lx.places.first, wfPlaceFirst)
	set(lx.orgs.first, wfOrgFirst)
	for w, g := range lx.firstNames {
		if g != 0 {
			m[w] |= wfFirstName
		}
	}
	set(lx.nationalities, wfNationality)
	set(lx.orgWords, wfOrgWord)
	for w, k := range lx.cues {
		if k != 0 {
			m[w] |= wfCue
		}
		if k == 's' {
			m[w] |= wfCueS
		}
	}
	set(capStop, wfCapStop)
	set(notNames, wfNotName)
	set(nameBreaks, wfNameBreak)
	set(nameConnectors, wfConnector)
	set(portfolioTitles, wfPortfolio)
	set(prepositions, wfPreposition)
	set(determiners, wfDeterminer)
	set(subjectPronouns, wfSubjPronoun)
	set(clauseStop, wfClauseStop)
	set(leadConj, wfLeadConj)
	set(skipBeforeCue, wfSkipBeforeCue)
	set(pollNouns, wfPollNoun)
	return m
})

// wordIs reports whether the text of token i is in one of the lists of
// f; false for an index outside the tokens.
func (d *doc) wordIs(i int, f wordFlag) bool {
	if i < 0 || i >= len(d.toks) {
		return wordFlags()[""]&f != 0 || f&wfCommon != 0 && d.lx.common[""]
	}
	w := d.wflags[i]
	if w&wfKnown == 0 {
		w |= wordFlags()[d.text(i)] | wfKnown
		d.wflags[i] = w
	}
	if f&wfCommon != 0 && w&wfCommonKnown == 0 {
		w |= wfCommonKnown
		if d.lx.common[d.text(i)] {
			w |= wfCommon
		}
		d.wflags[i] = w
	}
	return w&f != 0
}

// lowerIs reports whether the lower case of token i is in one of the
// lists of f; false for an index outside the tokens.
func (d *doc) lowerIs(i int, f wordFlag) bool {
	if i < 0 || i >= len(d.toks) {
		return wordFlags()[""]&f != 0 || f&wfCommon != 0 && d.lx.common[""]
	}
	w := d.lflags[i]
	if w&wfKnown == 0 {
		w |= wordFlags()[d.lower(i)] | wfKnown
		d.lflags[i] = w
	}
	if f&wfCommon != 0 && w&wfCommonKnown == 0 {
		w |= wfCommonKnown
		if d.lx.common[d.lower(i)] {
			w |= wfCommon
		}
		d.lflags[i] = w
	}
	return w&f != 0
}

// tokCueInfo returns cueWord of the text of token i, which must be a
// token.
func (d *doc) tokCueInfo(i int) cueInfo {
	if d.wflags[i]&wfCueInfoKnown == 0 {
		d.cueInfos[i] = d.cueWord(d.text(i))
		d.wflags[i] |= wfCueInfoKnown
	}
	return d.cueInfos[i]
}
