package reader

import "testing"

// TestReportedSpeechGap covers a reported clause whose subject is the
// noun phrase before the speaker: "what X said was ...", "a probe the
// agency said was ..." (issue 13, recall). Sentences are made up.
func TestReportedSpeechGap(t *testing.T) {
	checkReported(t, []reportedCase{
		{"what X said was", "The town adapted to what the mayor said was growing demand for parking.",
			[]string{"the mayor: what the mayor said was growing demand for parking"}},
		{"a noun phrase, then the speaker and a modal", "It is a change Anna Berg said could drive voters toward the party.",
			[]string{"Anna Berg: a change Anna Berg said could drive voters toward the party"}},
		{"the noun phrase inside the words before the verb", "The plan includes a provision the unions say could exclude part-time workers.",
			[]string{"the unions: a provision the unions say could exclude part-time workers"}},
		{"which before the noun phrase", "He stopped touring in 2014, which his wife Anna Berg said was due to his health.",
			[]string{"Anna Berg: which his wife Anna Berg said was due to his health"}},
		{"what we call is a name, not speech", "The engineers studied what we call metal fatigue in the old bridge.", nil},
		{"what you say: no one's statement", "Sometimes what you say is hurtful but what you mean is not.", nil},
		{"a subject with no noun phrase before it stays as it was", "Anna Berg said was the wrong word to use.", nil},
	})
}

// TestReportedSpeechBareGroup covers "police" with no article as the
// speaker of the clause before it (issue 13, recall).
func TestReportedSpeechBareGroup(t *testing.T) {
	checkReported(t, []reportedCase{
		{"..., police said", "The driver was not wearing a seat belt, police said.",
			[]string{"police: The driver was not wearing a seat belt"}},
		{"..., local police told reporters", "The van had been stolen in May, local police told reporters.",
			[]string{"local police: The van had been stolen in May"}},
		{"police said, then the clause", "Police said the driver was not wearing a seat belt.",
			[]string{"Police: the driver was not wearing a seat belt"}},
		{"a bare singular noun still speaks for no one", "The driver was not wearing a seat belt, traffic said.", nil},
	})
}

// TestReportedSpeechAdverbial covers a phrase between a speech verb and
// its clause: "said at the rally she would ...", "joked that, among
// farmers, the plan ..." (issue 13, recall).
func TestReportedSpeechAdverbial(t *testing.T) {
	checkReported(t, []reportedCase{
		{"a place phrase, then a pronoun and a modal", "Anna Berg said at the rally she would not accept the offer.",
			[]string{"Anna Berg: she would not accept the offer"}},
		{"a time phrase with after", "Anna Berg told reporters after the meeting she would not accept the offer.",
			[]string{"Anna Berg: she would not accept the offer"}},
		{"a phrase set off after that", "Anna Berg joked that, among farmers, the plan ranks last.",
			[]string{"Anna Berg: that, among farmers, the plan ranks last"}},
		{"had after the pronoun may open a relative clause: left alone", "Anna Berg said in a statement he had written the plan.", nil},
	})
}

// TestReportedSpeechToldName covers "told" + a name with an article +
// the clause with no "that" (issue 13, recall).
func TestReportedSpeechToldName(t *testing.T) {
	checkReported(t, []reportedCase{
		{"told the Name, then the clause", "A source told the Daily Planet the plant would close.",
			[]string{"A source: the plant would close"}},
		{"a clause with a past verb", "A spokesperson told the Daily Planet the fire broke out at about 7:45 p.m.",
			[]string{"A spokesperson: the fire broke out at about 7:45 p.m"}},
		{"a noun phrase told is no clause", "The mayor told the Daily Planet a story about the plant.", nil},
	})
}

// TestReportedSpeechPassiveRaising covers "X is said to ...": X is what
// is said about, not who says it (issue 13, trust in the speaker).
func TestReportedSpeechPassiveRaising(t *testing.T) {
	checkReported(t, []reportedCase{
		{"is said to: no speaker, the subject kept", "The plant is said to have lost money.",
			[]string{"-: The plant is said to have lost money"}},
		{"an adverb and two subjects", "Jo Lind and Anna Berg are widely reported to be leaving the board.",
			[]string{"-: Jo Lind and Anna Berg are widely reported to be leaving the board"}},
		{"reported to the police is no raising", "The theft was reported to the police on Monday.", nil},
		{"said to someone keeps its speaker", "The mayor said to reporters that the plant was closing.",
			[]string{"The mayor: that the plant was closing"}},
	})
}

// TestReportedSpeechForecastPassive covers "X is forecast to ...": a
// forecast, not X's words, and no one's words listed as speech.
func TestReportedSpeechForecastPassive(t *testing.T) {
	checkReported(t, []reportedCase{
		{"is forecast to: nothing", "Sales are forecast to rise by 4% this year.", nil},
		{"was estimated to: nothing", "The crowd was estimated to be 10,000 strong.", nil},
		{"forecast with a subject stays", "The bank forecast that sales would rise by 4% this year.",
			[]string{"The bank: that sales would rise by 4% this year"}},
	})
}

// TestReportedSpeechEnds covers the ends of a reported clause: the
// person told before it, a percent sign at its end.
func TestReportedSpeechEnds(t *testing.T) {
	checkReported(t, []reportedCase{
		{"told the jury, then the clause", "The judge told the jury the evidence was weak.",
			[]string{"The judge: the evidence was weak"}},
		{"told the jury a noun phrase", "The judge told the jury the whole story.", nil},
		{"a percent sign ends the clause", "The firm said profits rose 5%.",
			[]string{"The firm: profits rose 5%"}},
	})
}

// TestReportedSpeechNotWhatSaid covers rows that say how much was said
// or that something was read, not what was said (issue 13, precision).
func TestReportedSpeechNotWhatSaid(t *testing.T) {
	checkReported(t, []reportedCase{
		{"said little about", "Anna Berg has said little about the plan in recent months.", nil},
		{"says something about", "The result says something about the mood of the town.", nil},
		{"said nothing, then a clause", "Anna Berg said nothing had been decided.",
			[]string{"Anna Berg: nothing had been decided"}},
		{"much of, a clause", "Anna Berg said much of the money had been spent.",
			[]string{"Anna Berg: much of the money had been spent"}},
		{"read a book", "Anna Berg read the two guides to the young audience.", nil},
	})
}

// TestReportedSpeechClosingSaid covers the clause before a closing
// "..., the firm said.", kept whatever its verb (the speech model is for
// objects), and fragments before one, still left out.
func TestReportedSpeechClosingSaid(t *testing.T) {
	checkReportedModel(t, []reportedCase{
		{"an irregular past", "Sales rose sharply last year, the firm said.",
			[]string{"the firm: Sales rose sharply last year"}},
		{"a figure and a time", "New loans fell to 79,000 last month, the bank said on Monday.",
			[]string{"the bank: New loans fell to 79,000 last month"}},
		{"a finding", "Sales fell back slightly in the quarter, a survey of 500 firms found.",
			[]string{"a survey of 500 firms: Sales fell back slightly in the quarter"}},
		{"no verb: a dateline, not a statement", "LEEDS, England - On Friday morning, the third day of the tour, the singer said.", nil},
	})
}

// TestReportedSpeechToldGroup covers "told" + a plural noun of people +
// the clause with no "that" (issue 13, recall).
func TestReportedSpeechToldGroup(t *testing.T) {
	checkReported(t, []reportedCase{
		{"told investors, then the clause", "Acme told investors the plant would close next year.",
			[]string{"Acme: the plant would close next year"}},
		{"warned workers, then a name", "The mayor warned workers Acme would sell the plant.",
			[]string{"The mayor: Acme would sell the plant"}},
		{"told workers a noun phrase", "The mayor told workers their stories.", nil},
	})
}

// TestReportedSpeechMonthNoFirm covers "the firm" after a month taken for
// an organisation: the firm is no month (issue 13, trust in the speaker).
func TestReportedSpeechMonthNoFirm(t *testing.T) {
	checkReported(t, []reportedCase{
		{"in May, the firm said", "Sales rose 5% in May, the firm said.",
			[]string{"the firm: Sales rose 5% in May"}},
	})
}

// TestReportedSpeechPossessiveNoun covers a cue in -s after a possessive:
// a noun, not a verb (issue 13, precision).
func TestReportedSpeechPossessiveNoun(t *testing.T) {
	checkReported(t, []reportedCase{
		{"their shows", "Their shows rose to be among the most watched on cable.", nil},
		{"her reports", "Her reports drew large crowds in the county.", nil},
	})
}

// TestReportedSpeechPassiveTold covers a verb of telling in the passive:
// its subject was told, and did not speak (issue 13, trust in the
// speaker).
func TestReportedSpeechPassiveTold(t *testing.T) {
	checkReported(t, []reportedCase{
		{"were told to", "Workers were told to leave the plant.", []string{"-: to leave the plant"}},
		{"will be urged to", "Viewers will be urged to phone in with donations.", []string{"-: to phone in with donations"}},
		{"the active keeps its speaker", "The mayor urged viewers to phone in with donations.",
			[]string{"The mayor: to phone in with donations"}},
	})
}
