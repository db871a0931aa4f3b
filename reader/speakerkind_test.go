package reader

import "testing"

// TestSpeakerKind: a quote's speaker is someone who can speak — a person,
// people, an organisation or a writing; a thing, an idea or a verb in
// capitals opening a sentence names no one, and the quote stays without a
// speaker.
func TestSpeakerKind(t *testing.T) {
	tests := []struct {
		name, body, quote, speaker, mention string
	}{
		{"a verb in capitals opening a sentence is no speaker", `Tom Hale spoke on Monday. Calls bankers cruel names, like "thieves," and mocks the poor.`, "thieves", "-", ""},
		{"a thing as the clause's subject names no one", `Tom Hale spoke on Monday. The challenge for the bank is "a deep and lasting slump in prices."`, "deep and lasting", "-", ""},
		{"'all this' names no one", `Tom Hale spoke on Monday. All this adds up to the "Hale-Berg pact" of the summer.`, "Hale-Berg", "-", ""},
		{"a heading before a colon is no speaker", `Price Rises Hurt Farmers: Ending "the long slump in prices" is one of the goals of the bank.`, "long slump", "-", ""},
		{"reported speech whose cue's subject is a thing names no one", `Tom Hale spoke on Monday. The fracas suggests that prices will fall this year.`, "prices will fall", "-", ""},
		{"a dateline is no clause subject", `PORTLAND, Ore. - Tom Hale, a self-styled "new-media" journalist and talk-show host, was named in the case.`, "new-media", "-", ""},
		{"people as the clause's subject speak", `Tom Hale spoke on Monday. The local officials have long warned of "a slow disaster" for farmers.`, "slow disaster", "The local officials", "The local officials"},
		{"a writing as the cue's subject speaks", `Tom Hale spoke on Monday. The report calls the plan "a slow disaster" for farmers.`, "slow disaster", "The report", "The report"},
		{"a person as the clause's subject speaks", `Tom Hale spoke on Monday. Anna Berg has long warned of "a slow disaster" for farmers.`, "slow disaster", "Anna Berg", "Anna Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\nAnna Berg spoke on Monday.\n\n"+tt.body+"\n")
			name, mention := speakerOf(t, a, an, tt.quote)
			if name != tt.speaker || mention != tt.mention {
				t.Errorf("speaker %q (mention %q), want %q (mention %q)", name, mention, tt.speaker, tt.mention)
			}
		})
	}
}
