package reader

import (
	"strings"
	"testing"
)

// TestReportedSpeechFronted covers a reported clause inside a clause that
// opens the sentence: it ends at the comma before the main clause (issue
// 13, precision of the bounds).
func TestReportedSpeechFronted(t *testing.T) {
	checkReported(t, []reportedCase{
		{"a time phrase before the opener", "Two weeks after Anna Berg announced that the plant would close, the workers went on strike.",
			[]string{"Anna Berg: that the plant would close"}},
		{"an opener after and", "The council met on Monday and once the mayor had said his piece, the members voted.",
			[]string{"the mayor: his piece"}},
		{"the clause's own opener keeps its comma", "Anna Berg said that despite the cost, the plant would stay open.",
			[]string{"Anna Berg: that despite the cost, the plant would stay open"}},
		{"when said: the clause ends at the main clause", "When the mayor said the plant would close, the workers went on strike.",
			[]string{"the mayor: the plant would close"}},
		{"an appositive and its relative clause are left out", "Anna Berg vowed to repeal the tax on fuel, a levy that drivers have opposed for years.",
			[]string{"Anna Berg: to repeal the tax on fuel"}},
		{"a list with a relative clause is kept", "Anna Berg said the plan offers lower taxes, the closure of loopholes that favour the rich and better schools.",
			[]string{"Anna Berg: the plan offers lower taxes, the closure of loopholes that favour the rich and better schools"}},
		{"an appositive holding a cue is kept", "Anna Berg said the plant would close, a step that critics say will cost jobs.",
			[]string{"Anna Berg: the plant would close, a step that critics say will cost jobs"}},
		{"and a new subject with an auxiliary ends the clause", "Acme Bank said it would cut its forecast, and the downgrade is weighing on shares.",
			[]string{"Acme Bank: it would cut its forecast"}},
		{"and a name with an auxiliary ends the clause", "Anna Berg has vowed to keep the plant open, and Peter Lund is promising new jobs.",
			[]string{"Anna Berg: to keep the plant open", "Peter Lund: new jobs"}},
		{"a list of subjects is not a new clause", "Anna Berg said Jo Lind, his brother, and his mother were at the plant.",
			[]string{"Anna Berg: Jo Lind, his brother, and his mother were at the plant"}},
		{"a closing parenthesis is kept", "Acme Bank said profits rose to $5m (4m euros).",
			[]string{"Acme Bank: profits rose to $5m (4m euros)"}},
		{"an opener and a participle with no subject", "Since announcing that she would retire, Anna Berg has toured the plant twice.",
			[]string{"-: that she would retire"}},
		{"when asked, then the main clause", "When asked whether the plant would close, the mayor smiled.",
			[]string{"-: whether the plant would close"}},
		{"after a colon, the clause according to X", "The tax has not hurt the city: Acme Town was the busiest port in 2015, according to a global index.",
			[]string{"a global index: Acme Town was the busiest port in 2015"}},
		{"a time with a colon is no clause", "The blast went off around 8:30 p.m. in front of the station, according to the police.",
			[]string{"the police: The blast went off around 8:30 p.m. in front of the station"}},
		{"a phrase set off by dashes before that", "Jo Lind said — on the radio, as it happens — that the plant raised $4m that day.",
			[]string{"Jo Lind: that the plant raised $4m that day"}},
		{"a subordinate clause alone is no statement", "When asked why, Anna Berg replied in a text message.", nil},
		{"when asked whom", "When asked whom she supported, Anna Berg smiled.",
			[]string{"-: whom she supported"}},
		{"a subordinate clause, the attribution and an adverbial, then the main clause",
			"If the plant closes, Anna Berg said in a letter, the town will lose 300 jobs.",
			[]string{"Anna Berg: If the plant closes, Anna Berg said in a letter, the town will lose 300 jobs"}},
		{"a connective, the attribution, then the clause", "And yet, the mayor's aides say, the plant remains a priority for her.",
			[]string{"the mayor's aides: the plant remains a priority for her"}},
		{"an opener after a main clause does not cut", "Anna Berg was wrong when she claimed that the plant, or its owner, had broken the law.",
			[]string{"Anna Berg: that the plant, or its owner, had broken the law"}},
	})
}

// TestReportedSpeechNotSpeech covers rows that are views or passives, not
// speech: a view noun's that-clause is a stance, and a verb of saying in
// the passive with no "that" or "by" reports nothing.
func TestReportedSpeechNotSpeech(t *testing.T) {
	checkReported(t, []reportedCase{
		{"a passive with a noun phrase is no speech", "Anna Berg was declared the winner of the vote in May.", nil},
		{"a passive of a relative is no speech", "The permits, which are issued to local firms, cost little.", nil},
		{"an alleged shooter is no speech", "The alleged shooter, a man of 40, will appear in court on Monday.", nil},
		{"an estimated number is no speech", "An estimated 200 officers were assigned to the parade.", nil},
		{"her repeated comments are no speech", "Anna Berg faced criticism for her repeated comments about the plant.", nil},
		{"the tweeting is a noun", "The mayor's office usually does the tweeting when the mayor speaks.", nil},
		{"maintains a lead is no speech", "Anna Berg maintains a wide lead over her rivals in the polls.", nil},
		{"charged a fee is no speech", "The club charged a joining fee of $500 last year.", nil},
		{"maintained a clause still reports", "Anna Berg has long maintained the plant was safe.",
			[]string{"Anna Berg: the plant was safe"}},
		{"indicated a clause in the past tense still reports", "Anna Berg indicated the workers accepted the offer.",
			[]string{"Anna Berg: the workers accepted the offer"}},
		{"worth noting is the writer's", "It is worth noting that the plant opened in 1990.", nil},
		{"called after a comma names a thing", "Her charity, called the Acme Fund, will keep the plant open.", nil},
		{"called after a comma summons", "Guard members, called to duty by the mayor after the riots, stayed in the town.", nil},
		{"after a quote, said and a name that starts with a number", "\"The plan is wrong,\" said 9/11 widow Jo Lind.", nil},
		{"a talk show host is no speech", "Jo Lind, a talk show host and producer at the station, left in May.", nil},
		{"a programme's name and show", "On Monday, the Acme Daily show on Radio Five will interview the mayor.", nil},
		{"polls in a place show still reports", "Polls in Acme County show the mayor with a clear lead.",
			[]string{"Polls in Acme County: the mayor with a clear lead"}},
		{"a slide shows that still reports", "Another slide shows that prices rose sharply.",
			[]string{"Another slide: that prices rose sharply"}},
		{"a conference call is no speech", "In May, the mayor held a two-hour conference call to defend the plan after the vote.", nil},
		{"a calling card is no speech", "Jo Lind comes with the right calling card: she ran the plant for ten years.", nil},
		{"questions as a noun is no cue", "The union sent a dozen questions to the candidates in May.", nil},
		{"the mayor who questions still reports", "Anna Berg, who questions the cost of the plan, spoke first.",
			[]string{"Anna Berg: the cost of the plan"}},
		{"a participle describing a thing is no speech", "Crime fell after the strict laws proposed during the mayor's first term.", nil},
		{"authorities reported still reports", "In the town, authorities reported at least 20 victims.",
			[]string{"authorities: at least 20 victims"}},
		{"called to mind is no speech", "The speech inevitably called to mind the promise of the plant's early years.", nil},
		{"get called is a passive", "Until May she used to vote and get called to jury duty.", nil},
		{"shown to be is no speech", "The first report from the council was shown to be false.", nil},
		{"was asked to still reports", "Anna Berg was asked to name her successor.",
			[]string{"-: to name her successor"}}, // Anna Berg was asked: she did not speak (passiveTold)
		{"it has been confirmed after the clause still reports", "The plant will close in May, it has been confirmed.",
			[]string{"-: The plant will close in May"}},
		{"it was revealed that still reports", "Acme Foods opened a plant in May. It was revealed in June that the plant would close.",
			[]string{"-: that the plant would close"}},
	})
	for _, tt := range []struct{ body, want string }{
		{"The mayor spoke on the assumption that the plant would close soon.", "stance"},
		{"There is a sense that the plant will stay open.", "stance"},
		{"It is far from certain that the plant will stay open.", "stance"},
		{"Her claim that the plant would close soon was false.", "indirect"},
		{"Anna Berg made the case that the plant should stay open.", "indirect"},
	} {
		a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
		var got []string
		for _, q := range an.Quotes {
			if q.Rule == RuleNounThat {
				got = append(got, q.Kind.String()+": "+q.Words(a.Body))
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tt.want+": ") {
			t.Errorf("%q: noun-that rows %q, want one %s", tt.body, got, tt.want)
		}
	}
}
