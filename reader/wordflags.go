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
var wordFlags = sync.OnceValue(newWordFlags)

func newWordFlags() map[string]wordFlag {
	lx := lex()
	// about its size: most words are in one list
	m := make(map[string]wordFlag, len(lx.titles.first)+len(lx.places.first)+len(lx.orgs.first)+
		len(lx.firstNames)+len(lx.nationalities)+len(lx.orgWords)+len(lx.cues))
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
		if k == ckSpeech {
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
}

// wordIs reports whether the text of token i is in one of the lists of
// f; false for an index outside the tokens.
func (d *doc) wordIs(i int, f wordFlag) bool {
	if i < 0 || i >= len(d.toks) {
		return d.outsideIs(f)
	}
	if w := d.wflags[i]; w&wfKnown != 0 && (f&wfCommon == 0 || w&wfCommonKnown != 0) {
		return w&f != 0
	}
	return d.lookUpFlags(&d.wflags[i], d.text(i), f)
}

// lowerIs reports whether the lower case of token i is in one of the
// lists of f; false for an index outside the tokens.
func (d *doc) lowerIs(i int, f wordFlag) bool {
	if i < 0 || i >= len(d.toks) {
		return d.outsideIs(f)
	}
	if w := d.lflags[i]; w&wfKnown != 0 && (f&wfCommon == 0 || w&wfCommonKnown != 0) {
		return w&f != 0
	}
	return d.lookUpFlags(&d.lflags[i], d.lower(i), f)
}

// lookUpFlags fills in a token's flags w from word, with wfCommon when f
// asks about it, and reports whether word is in one of the lists of f.
func (d *doc) lookUpFlags(w *wordFlag, word string, f wordFlag) bool {
	if *w&wfKnown == 0 {
		*w |= wordFlags()[word] | wfKnown
	}
	if f&wfCommon != 0 && *w&wfCommonKnown == 0 {
		*w |= wfCommonKnown
		if d.lx.common.has(word) {
			*w |= wfCommon
		}
	}
	return *w&f != 0
}

// outsideIs is wordIs and lowerIs for an index outside the tokens: the
// lists asked of the empty word.
func (d *doc) outsideIs(f wordFlag) bool {
	return wordFlags()[""]&f != 0 || f&wfCommon != 0 && d.lx.common.has("")
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
