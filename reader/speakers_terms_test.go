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
