package reader

import (
	"strings"
	"testing"
)

// TestTermsAreNoQuotes: words in quotation marks that are named or
// mentioned, not said, are not listed (constructed sentences; each case
// was listed before its rule).
func TestTermsAreNoQuotes(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"known as the TERM (named-term)",
			`Anna Berg backs what has become known as the "fair share rule" for landlords.`, nil},
		{"a pronoun alone in marks is a word mentioned (mentioned-word)",
			`And if you would never vote for this woman, then why are you voting for the man, unless simply because "she" is a "he"? A loud man.`, nil},
		{"a song's title after a work word is no quote",
			`At the end of the anthem "Ring The Bells Again," Anna Berg added the words "thank you so much for coming."`,
			[]string{"Anna Berg: thank you so much for coming."}},
		{"a term being defined is no quote (named-term)",
			`Anna Berg says the grant needs either a farm or a "qualifying rural site," which is defined as a village of under 500 people.`, nil},
		{"a term after the strategy of is no quote (named-term)",
			`Anna Berg's strategy of "patient pressure" on the council won the vote in the end.`, nil},
		{"a quote after a cue and of stays", `Anna Berg spoke of "a long and patient effort by the whole town" on Monday.`,
			[]string{"Anna Berg: a long and patient effort by the whole town"}},
		{"a thing commonly called TERM is no quote (named-term)",
			`The fever that year was commonly called "the long cough." Anna Berg said the clinic was full.`,
			[]string{"Anna Berg: the clinic was full"}},
		{"a thing that is called TERM is no quote (named-term)",
			`Anna Berg opened the ward. It is called "Harbour House" after the old inn.`, nil},
		{"the name TERM is no quote (named-term)",
			`Anna Berg announced the name "Quay Ward" for the new ward on Monday.`, nil},
		{"the designation TERM is no quote (named-term)",
			`Anna Berg announced the end of the temporary designation "Ward 7B" on Monday.`, nil},
		{"someone who called something TERM keeps the quote",
			`Anna Berg called the plan "a disgrace to the town" on Monday.`,
			[]string{"Anna Berg: a disgrace to the town"}},
		{"a pronoun inside a longer quote stays", `"She is a fighter," Anna Berg said.`,
			[]string{"Anna Berg: She is a fighter,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOfKinds(a, an, Direct, Indirect), tt.want)
		})
	}
}

// TestExplainMentionedWord: --explain says why a mentioned word is not
// listed.
func TestExplainMentionedWord(t *testing.T) {
	a, err := Parse([]byte("Headline\n\nAnd if you would never vote for this woman, then why are you voting for the man, unless simply because \"she\" is a \"he\"? A loud man.\n"), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, out := Explain(a)
	if !strings.Contains(out, "dropped by: mentioned-word") {
		t.Errorf("explain does not name the rule:\n%s", out)
	}
}

// TestVerbOpener: a capitalised word in -s opening a sentence with no
// subject ("Preys on ...", a list of charges) is no name and no speaker;
// a surname the article gives in full stays one.
func TestVerbOpener(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		entity     string // a person the analysis must (or, with "-", must not) list
	}{
		{"a verb opening a charge is no speaker",
			"Ran a failing shop for years.\n\nPreys on our worst fears and calls rivals \"losers\" and \"sad.\"",
			[]string{"-: losers", "-: sad."}, "-Preys"},
		{"a surname given in full stays the speaker",
			"Tom Banks runs the shop.\n\nBanks on Monday called his rivals \"sad losers\" again.",
			[]string{"Tom Banks: sad losers"}, "Tom Banks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOfKinds(a, an, Direct, Direct), tt.want)
			name, absent := strings.CutPrefix(tt.entity, "-")
			found := false
			for _, e := range an.Entities {
				found = found || e.Name == name && e.Kind == Person
			}
			if found == absent {
				t.Errorf("person %q listed: %v, want %v (%+v)", name, found, !absent, an.Entities)
			}
		})
	}
}

// TestDashLine: a line that opens with a quotation and ends in a dash and
// a name is that person's, though a quotation nested in the same marks
// cut the line's quote in pieces (dash-after).
func TestDashLine(t *testing.T) {
	body := "Readers wrote to us after the debate.\n\n" +
		"“I would rather live in what he calls “hell” than see him win.” ― Ana Ruiz\n" +
		"“He never answers a question.” ― Tom Lee\n"
	a, an := analyzeString(t, "Headline\n\n"+body)
	equalLines(t, quotesOfKinds(a, an, Direct, Direct), []string{
		"Ana Ruiz: I would rather live in what he calls",
		"Ana Ruiz: hell",
		"Tom Lee: He never answers a question.",
	})
}

// TestWhoSpeaks: who was asked or told is not who spoke (the quote
// stays, said by no one named; the speaker of a cue in the active
// stays); a name that is also a place's, before "who", is a person's;
// people before a phrase of place speak, not the place.
func TestWhoSpeaks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"was asked", `At the hearing Anna Berg was asked, "Why did the council wait so long?"`,
			[]string{"-: Why did the council wait so long?"}},
		{"were told", `The new staff were told, "You sell feelings, not products, in this shop."`,
			[]string{"-: You sell feelings, not products, in this shop."}},
		{"a place's name before who is a person", "The band played on.\n\n\"We are ready for the party,\" Paris, who used to work for the mayor, said on Friday.",
			[]string{"Paris: We are ready for the party,"}},
		{"people before a phrase of place chant", `Protesters marching through the streets chanted "What curfew?" and kept going.`,
			[]string{"Protesters: What curfew?"}},
		{"people inside a phrase are not lifted", `A rally of protesters in the square chanted "What curfew?" until dawn.`,
			[]string{"-: What curfew?"}},
		{"asked in the active", `Anna Berg asked, "Why did the council wait so long?"`,
			[]string{"Anna Berg: Why did the council wait so long?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOfKinds(a, an, Direct, Direct), tt.want)
		})
	}
}

// TestDashNext: a paragraph that is a dash and a name names the speaker
// of the quotation ending the paragraph before; not a subheading after a
// dash, and nothing breaks when the quotation ends the article.
func TestDashNext(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"dash and name in the next paragraph",
			"Readers sent us their views.\n\n\"The council never listens to the people who live here.\"\n\n- Anna Berg, Leeds.",
			[]string{"Anna Berg: The council never listens to the people who live here."}},
		{"a dash before no name", "Readers sent us their views.\n\n\"The council never listens to the people who live here.\"\n\n- Ready for the vote -",
			[]string{"-: The council never listens to the people who live here."}},
		{"the quotation ends the article", "Readers sent us their views.\n\n\"The council never listens to the people who live here.\"",
			[]string{"-: The council never listens to the people who live here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, quotesOfKinds(a, an, Direct, Direct), tt.want)
		})
	}
}
