package reader

import "testing"

// TestSpeakerClasses pins the speaker-naming classes of issue 13 with
// constructed sentences: each case is a paragraph (after an earlier one
// when the class refers back) and the "speaker: words" of every quote,
// direct or reported.
func TestSpeakerClasses(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"org, role, then the name", "Acme Foods chief executive Jane Doe said the company would open three bakeries.",
			[]string{"Jane Doe: the company would open three bakeries"}},
		{"NAME of ORG", `"We are growing fast," said Tom Reed of Bright Bank.`,
			[]string{"Tom Reed: We are growing fast,"}},
		{"NAME, role at ORG", `"Prices will rise," said Mary Lu, an economist at Bright Bank.`,
			[]string{"Mary Lu: Prices will rise,"}},
		{"a possessive's appositive is the speaker", "The striker's agent, Tom Hale, said the player would stay.",
			[]string{"Tom Hale: the player would stay"}},
		{"according to without a comma", "Sales rose by 5% according to Acme Foods.",
			[]string{"Acme Foods: Sales rose by 5%"}},
		{"the company joins the named organisation (generic-org)",
			"Acme Foods opened a bakery in May.\n\n\"Demand is strong,\" the company said in a statement.",
			[]string{"Acme Foods: Demand is strong,"}},
		{"the N-year-old refers back to the person named (age-descriptor)",
			"Peter Gray, 45, joined the board in March.\n\n\"It is an honour,\" the 45-year-old said.",
			[]string{"Peter Gray: It is an honour,"}},
		{"an age that is not the person's stays a description",
			"Peter Gray, 52, joined the board in March.\n\n\"It is an honour,\" the 45-year-old said.",
			[]string{"the 45-year-old: It is an honour,"}},
		{"a first name alone is the person named in full (first-name)",
			"Anil Ambani runs the group.\n\n\"We will grow,\" Anil said.",
			[]string{"Anil Ambani: We will grow,"}},
		{"a descriptor in an appositive refers back (descriptor-back)",
			"Mary Lu, the singer, toured Asia in May.\n\n\"I loved it,\" the singer said.",
			[]string{"Mary Lu: I loved it,"}},
		{"a descriptor before the name refers back (descriptor-back)",
			"The former champion Sam Green retired in June.\n\n\"I am done,\" the former champion said.",
			[]string{"Sam Green: I am done,"}},
		{"a role word before the name refers back, not another's title",
			"Prime Minister Ann Holt praised the deal. Transport minister Raj Patel wrote a letter, but the minister said the road would wait.",
			[]string{"Raj Patel: the road would wait"}},
		{"a participle clause has no subject of its own",
			"Having announced that the plant would close, Anna Berg said the staff would be paid.",
			[]string{"-: that the plant would close", "Anna Berg: the staff would be paid"}},
		{"an organisation in a place is the organisation",
			"The Court of Appeal in Norland said the law was void.",
			[]string{"Court of Appeal: the law was void"}},
		{"a spokeswoman for an organisation in a place stays the spokeswoman",
			"A spokeswoman for the Grand Retail Group in Cardiff said sales had doubled.",
			[]string{"A spokeswoman for the Grand Retail Group in Cardiff: sales had doubled"}},
		{"a descriptor no one had stays a description",
			"Mary Lu, the singer, toured Asia in May.\n\n\"It was loud,\" the drummer said.",
			[]string{"the drummer: It was loud,"}},
		{"the next sentence names the speaker (next-sentence)",
			"\"We must act now.\" That is how Anna Berg put it.",
			[]string{"Anna Berg: We must act now."}},
		{"so said names the speaker (next-sentence)",
			"\"We must act now.\" So said Peter Lund, the mayor.",
			[]string{"Peter Lund: We must act now."}},
		{"a dubbed term is no quote (named-term)", `Some shoppers have dubbed the pie "the golden crust" this year.`, nil},
		{"a name given after its object is no quote (named-term)",
			`The panel named the virus that causes it "blue fever virus 3" in May.`, nil},
		{"a term known as is no quote (named-term)", `The pie is known as "Crusty Delight" in the north.`, nil},
		{"the word in quotes is no quote (named-term)", `Anna Berg used the word "resilience" nine times.`, nil},
		{"a time after the outlet is not the speaker (time-tail)", `"Prices are too high," wrote the Daily Planet last month.`,
			[]string{"Daily Planet: Prices are too high,"}},
		{"the clause after the speaker is not the speaker", `"We will keep going," said the coach, as fans cheered.`,
			[]string{"the coach: We will keep going,"}},
		{"a generic description stays a description", `"Margins will shrink," analysts said.`,
			[]string{"analysts: Margins will shrink,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			var got []string
			got = append(got, quotesOfKinds(a, an, Direct, Indirect)...)
			equalLines(t, got, tt.want)
		})
	}
}

// TestSpeakerRoles: a speaker carries the role the article gives beside
// the name, in an appositive or between an organisation and the name.
func TestSpeakerRoles(t *testing.T) {
	tests := []struct{ name, body, speaker, role string }{
		{"appositive role at an organisation", `"Prices will rise," said Mary Lu, an economist at Bright Bank.`, "Mary Lu", "economist at Bright Bank"},
		{"role between organisation and name", "Bright Bank chairman and chief executive Tom Hale said rates would fall.", "Tom Hale", "chairman and chief executive"},
		{"no role given", `"Prices will rise," said Mary Lu.`, "Mary Lu", ""},
		{"a clause is no appositive", `"Prices will rise," said Mary Lu, as the markets fell.`, "Mary Lu", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			for _, sp := range an.Speakers {
				if sp.Name == tt.speaker {
					if sp.Role != tt.role {
						t.Errorf("%s: role %q, want %q", sp.Name, sp.Role, tt.role)
					}
					return
				}
			}
			t.Errorf("no speaker %q in %+v", tt.speaker, an.Speakers)
		})
	}
}
