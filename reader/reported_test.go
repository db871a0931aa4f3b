package reader

import "testing"

// TestReportedSpeech covers the frames of reported speech: what a cue
// takes after it, the clause before it, phrases, raising verbs, and where
// a reported clause ends.
// reportedCase is a paragraph and the reported speech found in it, as
// "speaker: words" lines ("-" for no speaker).
type reportedCase struct {
	name, body string
	want       []string
}

// checkReported runs reportedCases, each as the paragraph of an article.
func checkReported(t *testing.T, tests []reportedCase) {
	t.Helper()
	speechModelOff = true // the rules' bounds, before the speech model (TestSpeechModel)
	defer func() { speechModelOff = false }()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, reportedOf(a, an), tt.want)
			checkOffsets(t, a.Body, an)
		})
	}
}

func TestReportedSpeech(t *testing.T) {
	checkReported(t, []reportedCase{
		{"object of a reporting verb", "Anna Berg announced a new tariff on imported steel.",
			[]string{"Anna Berg: a new tariff on imported steel"}},
		{"particle after the verb", "Anna Berg railed against the new tariff on imported steel.",
			[]string{"Anna Berg: the new tariff on imported steel"}},
		{"verb and to-infinitive", "Anna Berg declined to comment on the talks.",
			[]string{"Anna Berg: to comment on the talks"}},
		{"told whom that", "Anna Berg told the committee that prices would fall.",
			[]string{"Anna Berg: that prices would fall"}},
		{"long-tail reporting verb", "Anna Berg lambasted the new tariff on imported steel.",
			[]string{"Anna Berg: the new tariff on imported steel"}},
		{"noun of stance before that", "Anna Berg spoke on Monday. Few shared her assumption that prices would fall.",
			[]string{"Anna Berg: that prices would fall"}},
		{"clause before , the Name reported", "The professor was headed to Cairo for a conference, the Guardian reported.",
			[]string{"Guardian: The professor was headed to Cairo for a conference"}},
		{"clause before a cue and its year", "The group effectively disbanded after the election, Politico reported in 2014.",
			[]string{"Politico: The group effectively disbanded after the election"}},
		{"asked about, no one named as asking", "Anna Berg was asked about the new tariff, and she evaded the question.",
			[]string{"-: the new tariff"}},
		{"rare reporting verb form", "Anna Berg recounts the history of the steel tariff.",
			[]string{"Anna Berg: the history of the steel tariff"}},
		{"rare reporting phrase", "Anna Berg was angry at the new tariff plan.",
			[]string{"Anna Berg: the new tariff plan"}},
		{"who raised questions about", "Anna Berg has raised questions about the new tariff plan.",
			[]string{"Anna Berg: the new tariff plan"}},
		{"a verb inside a phrase's subject names no one", "The attacks prompted new questions about the new tariff plan.",
			[]string{"-: the new tariff plan"}},
		{"a phrase used twice in train", "Anna Berg was upbeat about the new tariff plan.",
			[]string{"Anna Berg: the new tariff plan"}},
		{"a noun cue heads the subject", "Most of the money arrived in February, the reports show.",
			[]string{"the reports: Most of the money arrived in February"}},
		{"a verb a fifth of whose train uses report", "Anna Berg ignored the new tariff on imported steel.",
			[]string{"Anna Berg: the new tariff on imported steel"}},
		{"a verb of publishing", "Anna Berg published a new plan to cut steel tariffs.",
			[]string{"Anna Berg: a new plan to cut steel tariffs"}},
		{"a noun of report before that", "Anna Berg spoke on Monday. Few shared her sense that prices would fall.",
			[]string{"Anna Berg: that prices would fall"}},
		{"told whom and no clause", "Anna Berg told hundreds of supporters at a rally.", nil},
		{"that and a preposition", "Anna Berg said that in a long war, prices would rise.",
			[]string{"Anna Berg: that in a long war, prices would rise"}},
		{"as X noted, clause", "As Anna Berg noted, the voters will give the party a second look.",
			[]string{"Anna Berg: the voters will give the party a second look"}},
		{"parenthetical cue", "The investment, Anna Berg said, is a perfect example of the plan.",
			[]string{"Anna Berg: The investment, Anna Berg said, is a perfect example of the plan"}},
		{"according to a bare source", "The fund has spent $12 million since September, according to media trackers.",
			[]string{"media trackers: The fund has spent $12 million since September"}},
		{"clause ends before , but", "Anna Berg said the talks had failed, but officials were more hopeful.",
			[]string{"Anna Berg: the talks had failed"}},
		{"clause ends before , saying", "Anna Berg defended the new tariff, saying it would protect jobs.",
			[]string{"Anna Berg: the new tariff", "Anna Berg: it would protect jobs"}},
		{"clause ends before ; ", "Anna Berg said the talks had failed; the markets fell.",
			[]string{"Anna Berg: the talks had failed"}},
		{"the attribution's time is not reported", "Anna Berg criticized the new tariff on Tuesday.",
			[]string{"Anna Berg: the new tariff"}},
		{"the clause's own time is", "Anna Berg predicted prices would fall next year.",
			[]string{"Anna Berg: prices would fall next year"}},
		{"phrase with an owner", "Anna Berg spoke on Monday. Her criticism of the new tariff was sharp.",
			[]string{"Anna Berg: the new tariff was sharp"}},
		{"phrase with no one named", "The criticism of the new tariff grew louder.",
			[]string{"-: the new tariff grew louder"}},
		{"raising verb has no speaker", "Anna Berg is expected to win the vote in March.",
			[]string{"-: Anna Berg is expected to win the vote in March"}},
		{"appeared at a place is not a view", "Anna Berg appeared at the debate anyway.", nil},
		{"a statement reports nothing itself", "Anna Berg issued a statement.", nil},
		{"a quote after the cue is a direct quote", `Anna Berg said: "Prices will fall."`, nil},
		{"a cue after a quote takes a clause", `"We are ready," Anna Berg said the company would hire 200 workers.`,
			[]string{"Anna Berg: the company would hire 200 workers"}},
		{"a cue after a quote takes no adverbial", `"We are ready," Anna Berg said aboard her plane.`, nil},
		{"told a longer object that", "Anna Berg told cheering supporters that the plant would stay open.",
			[]string{"Anna Berg: that the plant would stay open"}},
		{"no subject, no speaker", "Nearly nine out of 10 say the plant will stay open.",
			[]string{"-: the plant will stay open"}},
		{"relative pronoun speaks for its noun", "The fund paid Acme Holdings, which reported a loss of $2 million.",
			[]string{"Acme Holdings: a loss of $2 million"}},
		{"a phrase in '' marks is a direct quote only", "Anna Berg said she was focused on ''transparency'' and had no wish to change the rules.", nil},
		{"a phrase in single marks stays inside reported speech", "Anna Berg said the plan was 'a disgrace' and would fail.\n\n'We are ready,' Peter Lund said. 'We are.' 'Yes.'",
			[]string{"Anna Berg: the plan was 'a disgrace' and would fail"}},
		{"a whole clause in '' marks is a direct quote", "Anna Berg said ''prices will fall next year.''", nil},
		{"a that-clause keeps a phrase in double marks", `Anna Berg backed the merger, adding that it was the "best deal" for workers, Peter Lund said.`,
			[]string{"Anna Berg: the merger", `Anna Berg: that it was the "best deal" for workers`}},
		{"a phrase in double marks is a direct quote only", `Anna Berg said she was focused on "transparency" and had no wish to change the rules.`, nil},
		{"a speaker with a modifier phrase", "An official familiar with the investigation said the case would be difficult.",
			[]string{"An official: the case would be difficult"}},
		{"that as the clause's subject", "Legal experts said that is highly unlikely.",
			[]string{"Legal experts: that is highly unlikely"}},
		{"a clause ends before another speaker's cue and that", "While Anna Berg questioned the new tariff, Peter Lund added that prices would fall.",
			[]string{"Anna Berg: the new tariff", "Peter Lund: that prices would fall"}},
		{"claim takes a clause", "Many lawmakers claim the deal will cost jobs.",
			[]string{"Many lawmakers: the deal will cost jobs"}},
		{"an opening Asked reports its question with no source", "Asked if the plant would close, Anna Berg said it would not.",
			[]string{"-: if the plant would close", "Anna Berg: it would not"}},
		{"an opening poll is the source of its finding", "In a new poll released Monday, most voters backed the plan.",
			[]string{"a new poll released Monday: most voters backed the plan"}},
		{"an opening interview is not a source", "In a long interview, prices fell sharply across the region.", nil},
		{"reportedly reports its clause with no source", "The fund is reportedly spending $2 million on ads.",
			[]string{"-: The fund is reportedly spending $2 million on ads"}},
		{"at least opens a reported clause", "Anna Berg reported at least six planes filled the skies.",
			[]string{"Anna Berg: at least six planes filled the skies"}},
		{"passive with by: the subject is reported", "The merger plan was first reported by Acme News.",
			[]string{"Acme News: The merger plan"}},
		{"passive after been", "Anna Berg has been criticized by some of her rivals for leaving early.",
			[]string{"some of her rivals: Anna Berg"}},
		{"according to a long source with and", "According to early results of exit polls conducted for the networks and Acme Research, most voters were angry.",
			[]string{"early results of exit polls conducted for the networks and Acme Research: most voters were angry"}},
		{"a phrase set off after the verb", "Anna Berg says, win or lose in the vote, she is staying in the race.",
			[]string{"Anna Berg: win or lose in the vote, she is staying in the race"}},
		{"which X says: the relative clause", "The donor list, which the campaign says includes 2.7 million people, is an asset.",
			[]string{"the campaign: which the campaign says includes 2.7 million people"}},
		{"a title-case line ends at its line break", "Anna Berg Says The Plan Will Fail\nAnna Berg spoke on Monday in Paris.",
			[]string{"Anna Berg: The Plan Will Fail"}},
		{"a wrapped line goes on", "Anna Berg said the plan would fail because the\nmarkets were weak.",
			[]string{"Anna Berg: the plan would fail because the\nmarkets were weak"}},
		{"too much opens a clause", "Anna Berg says too much is made of the tweets.",
			[]string{"Anna Berg: too much is made of the tweets"}},
		{"a one-word clause ends before , but", "Anna Berg endorsed Peter Lund, but told reporters on Monday that the plan would fail.",
			[]string{"Anna Berg: Peter Lund", "Anna Berg: that the plan would fail"}},
		{"a one-word object does not swallow the next cue", "Anna Berg endorsed Lund, but told reporters that the plan would fail.",
			[]string{"Anna Berg: Lund", "Anna Berg: that the plan would fail"}},
		{"parenthetical told with its object", "Every Friday, Anna Berg told the newspaper, the board would meet at noon.",
			[]string{"Anna Berg: Every Friday, Anna Berg told the newspaper, the board would meet at noon"}},
		{"a clause ends before , Name told X that", "While Anna Berg criticized the plan, Peter Lund told reporters on Monday that it would work.",
			[]string{"Anna Berg: the plan", "Peter Lund: that it would work"}},
		{"went is not a reporting cue", "Anna Berg went to the plant on Monday with her staff.", nil},
		{"which X said, then a verb", "Anna Berg cited the new rules, which she said had harmed the economy.",
			[]string{"Anna Berg: the new rules", "Anna Berg: which she said had harmed the economy"}},
		{"that X said, then a verb", "The fund paid a charity that Peter Lund said was a front for the group.",
			[]string{"Peter Lund: was a front for the group"}},
		{"a noun phrase object ends at its comma", "Anna Berg railed against the new tariff, the third this year.",
			[]string{"Anna Berg: the new tariff"}},
		{"a that-clause object does not end at its comma", "Anna Berg announced that the plant would close, and that 200 workers would lose their jobs.",
			[]string{"Anna Berg: that the plant would close, and that 200 workers would lose their jobs"}},
		{"a phrase's noun phrase ends at its comma", "Anna Berg spoke on Monday. Her criticism of the new tariff, a tax on steel, was sharp.",
			[]string{"Anna Berg: the new tariff"}},
		{"some say", "Some say the plant will stay open.", []string{"-: the plant will stay open"}},
		{"a cue whose quote follows a cut reports its clause", "Anna Berg spoke on Monday. She says they may not like the answer, but insists Peter Lund is mounting a “phony attack.”",
			[]string{"Anna Berg: they may not like the answer"}},
		{"according to between subject and verb", "Fundraising, according to the campaign, has surged in the same period.",
			[]string{"the campaign: Fundraising, according to the campaign, has surged in the same period"}},
		{"according to after an opening adverbial", "But, according to the poll, most voters remain undecided.",
			[]string{"the poll: most voters remain undecided"}},
		{"according to set off after a clause", "The top earners paid a quarter of all taxes, according to the budget office, more than twice the share of 1980.",
			[]string{"the budget office: The top earners paid a quarter of all taxes"}},
		{"a clause before a closing poll", "As a result, just 18 percent of voters have a favorable view of Anna Berg in a new Gallup poll.",
			[]string{"a new Gallup poll: just 18 percent of voters have a favorable view of Anna Berg"}},
		{"the polls are no source", "Anna Berg has a slight lead in the polls over Peter Lund.", nil},
		{"a speech verb's clause ends before a dash and the next speaker", "Some friends say Anna Berg would look healthier if she ate more - an old joke - others say she has never been better.",
			[]string{"Some friends: Anna Berg would look healthier if she ate more", "others: she has never been better"}},
		{"a verb after and goes on with the reported clause", "Anna Berg said she was tired of the old parties and moved to Ohio last year.",
			[]string{"Anna Berg: she was tired of the old parties and moved to Ohio last year"}},
		{"a clause ends before , instead", "Anna Berg rejected the merger, instead outlining her own terms.",
			[]string{"Anna Berg: the merger", "Anna Berg: her own terms"}},
		{"but and a verb goes on with the clause", "Anna Berg said the process was fair, but required candidates to work hard.",
			[]string{"Anna Berg: the process was fair, but required candidates to work hard"}},
		{"a relative clause ends at its comma", "Anna Berg, who said the plant would close in 2019, met the workers on Monday.",
			[]string{"Anna Berg: the plant would close in 2019"}},
		{"a noun's that-clause with its owner", "Peter Lund spoke on Monday. Voters liked Anna Berg's argument that the system is rigged.",
			[]string{"Anna Berg: that the system is rigged"}},
		{"charge that as a verb", "Critics charge that the plan will raise prices.",
			[]string{"Critics: that the plan will raise prices"}},
		{"made it clear that", "Anna Berg made it clear that she would not back down.",
			[]string{"Anna Berg: that she would not back down"}},
		{"asked someone about", "In the same debate, Anna Berg asked Peter Lund about his ties to the company.",
			[]string{"Anna Berg: his ties to the company"}},
		{"asked by someone whether", "Anna Berg was asked by Peter Lund whether the plant would close.",
			[]string{"Peter Lund: whether the plant would close"}},
		{"an adjective before a phrase noun", "Peter Lund spoke on Monday. The ad links his amorphous support for universal health coverage to the plan.",
			nil},
		{"passive with an adverb before by", "The subpoena was issued jointly by Anna Berg and Peter Lund.",
			[]string{"Anna Berg: The subpoena"}},
		{"a phone call is a noun", "Last week the White House released a summary of a phone call made by Anna Berg in July.",
			nil},
		{"a quote ending with a full stop ends the clause", "Anna Berg agreed that the fleet had ''promotional value.'' She added that she could do without it.",
			[]string{"Anna Berg: that she could do without it"}},
		{"a clause ending in '' marks is a direct quote", "Anna Berg said every pope was ''both religious and political.'' The paper agreed.", nil},
		{"a parenthetical cue of a quote in '' marks reports nothing", "The golf industry, Anna Berg said, is ''doing much better than it has since 2009.''", nil},
		{"two words outside '' marks are no reported speech", "Anna Berg declared that the method ''works.''", nil},
		{"a transcript line in capitals", "Anna Berg joined the show.\n\nBERG: The plant will stay open. The workers know it.",
			[]string{"Anna Berg: The plant will stay open. The workers know it"}},
		{"a time is no transcript speaker", "11:40 am: Police announce the suspect's name on the scanner.",
			[]string{"Police: the suspect's name on the scanner"}},
		{"a parenthesis stays in a noun phrase object", "Anna Berg endorsed Peter Lund (R-Wis.) and two others.",
			[]string{"Anna Berg: Peter Lund (R-Wis.) and two others"}},
		{"a name set off after a description speaks", "One delegate not on the slate, Anna Berg, told reporters she was leaning toward Peter Lund.",
			[]string{"Anna Berg: she was leaning toward Peter Lund"}},
		{"however set off before that", "Anna Berg told reporters, however, that the plan would fail.",
			[]string{"Anna Berg: that the plan would fail"}},
		{"a paragraph introduced by X added:", "Anna Berg spoke on Monday. She added:\n\nIt is typical of the council. It knows nothing about the plant.",
			[]string{"Anna Berg: It is typical of the council. It knows nothing about the plant"}},
		{"as one of X pointed out, set off", "The island, as one of Anna Berg's advisers pointed out, rarely gets two storms in a row.",
			[]string{"one of Anna Berg's advisers: The island, as one of Anna Berg's advisers pointed out, rarely gets two storms in a row"}},
		{"a reporting word after a pronoun's verb is an adjective", "It follows repeated failed attempts to obtain the documents.", nil},
		{"a passive naming verb reports nothing", "The fund is part of a retirement program, which is called the Thrift Savings Plan.", nil},
		{"a span inside a longer one of the same sentence is dropped", "In the end, the remaining two delegates pledged to support the senator, according to Anna Berg.",
			[]string{"Anna Berg: In the end, the remaining two delegates pledged to support the senator"}},
		{"a clause, said a name and its description", "The primary was hard for Peter Lund leading up to the convention, forcing him to fight on two fronts, said Anna Berg, a consultant in Iowa.",
			[]string{"Anna Berg: The primary was hard for Peter Lund leading up to the convention, forcing him to fight on two fronts"}},
		{"support for is a noun", "As Anna Berg has faced more scrutiny, support for her plan has only grown.", nil},
		{"a question to the reader reports nothing", "Do you support Anna Berg? Like the page.", nil},
		{"found oneself is not a finding", "Anna Berg once again found herself embroiled in controversy.", nil},
		{"found ways is not a finding", "Anna Berg has found ways to press her agenda through small provisions.", nil},
		{"pledged delegates is a noun phrase", "Anna Berg has a big lead in pledged delegates and the popular vote.", nil},
		{"casting ballots is no view", "In Florida, about half of the voters cast ballots in the primary contest.", nil},
		{"spoke on the condition of anonymity reports nothing", "One adviser, who spoke on the condition of anonymity to discuss the meeting, left early.", nil},
		{"appeared on a show is no view", "Anna Berg appeared on WEEI radio in Boston.", nil},
		{"continued with a noun phrase is no speech", "Anna Berg continued her romp through the state conventions on Saturday.", nil},
		{"a raising verb with a long subject reports the subject too", "But plenty of people who tuned in just seemed to be enjoying the show.",
			[]string{"-: plenty of people who tuned in just seemed to be enjoying the show"}},
		{"a closing in-month is the attribution's time", "Anna Berg endorsed the new tariff plan in February.",
			[]string{"Anna Berg: the new tariff plan"}},
		{"a closing time may leave two words", "Anna Berg endorsed Peter Lund last week.",
			[]string{"Anna Berg: Peter Lund"}},
		{"a one-name object of a stance verb", "Peter Lund spoke on Monday. Rose Bowl skywriters blast Lund.",
			[]string{"Rose Bowl skywriters: Lund"}},
		{"a weaker cue's clause ends before the next speaker", "Anna Berg supported the plan to cut taxes while Peter Lund said it would fail.",
			[]string{"Anna Berg: the plan to cut taxes", "Peter Lund: it would fail"}},
	})
}

// TestHeadlineSpeech covers the reported speech of headlines.
func TestHeadlineSpeech(t *testing.T) {
	tests := []struct {
		name, title string
		want        []string
	}{
		{"name and colon", "Gingrich: Trump Must Decide Soon on His Ticket", []string{"Gingrich: Trump Must Decide Soon on His Ticket"}},
		{"a rubric is not a speaker", "The Latest: Sanders wins Minnesota caucuses", nil},
		{"capitals are not a speaker", "BREAKING: Sanders wins Minnesota caucuses", nil},
		{"a title-case phrase is not a speaker", "Stealth Over Health: Anna Berg Skipped The Hospital Visit", nil},
		{"title-case says", "Anna Berg Says Prices Will Fall Next Year", []string{"Anna Berg: Prices Will Fall Next Year"}},
		{"a poll finds", "Poll finds Anna Berg would beat Peter Lund in the state", []string{"Poll: Anna Berg would beat Peter Lund in the state"}},
		{"title-case plural verb", "Leaked Documents Reveal Campaign Donors Across The State", []string{"Leaked Documents: Campaign Donors Across The State"}},
		{"title-case verb after a name the line does not chunk", "Anna Berg Promises Action On Immigration In Her First Year", []string{"Anna Berg: Action On Immigration In Her First Year"}},
		{"a quote in the headline is direct", "Anna Berg: 'Prices Will Fall'", nil},
		{"a quoted phrase in the headline's speech", "Anna Berg: Peter Lund's 'Honesty Is In Question'",
			[]string{"Anna Berg: Peter Lund's 'Honesty Is In Question"}}, // quotesOf trims the marks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, tt.title+"\n\nThe story goes on without quotes.\n")
			equalLines(t, reportedOf(a, an), tt.want)
		})
	}
}

// TestReportedSpeechBadInput checks that odd sentences around cues do not
// panic and keep every span inside the text.
func TestReportedSpeechBadInput(t *testing.T) {
	for _, body := range []string{"said", "according to", "Anna Berg said", "told that", "As said,", "criticism of",
		"Anna Berg is expected", "that that that said that", ", according to ,", "Her criticism of", "Asked about,", "Asked if", "It was reported by", "It was reported by.", "when asked about", "was asked about ,", "was criticized by the"} {
		a, an := analyzeString(t, body)
		checkOffsets(t, a.Body, an)
	}
}

// TestRelativeMention checks that a speaker found through a relative
// pronoun is mentioned with the pronoun: the words that attribute.
func TestRelativeMention(t *testing.T) {
	a, an := analyzeString(t, "Headline\n\nThe fund paid Acme Holdings, which reported a loss of $2 million.\n")
	var got []string
	for _, q := range an.Quotes {
		if q.Kind == Indirect {
			got = append(got, a.Body[q.Mention.Start:q.Mention.End])
		}
	}
	equalLines(t, got, []string{"Acme Holdings, which"})
}
