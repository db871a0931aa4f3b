package reader

import "testing"

// TestReportedSpeechAttributions covers attributions after the reported
// clause that name the speaker by a description, and "according to"
// without a comma (issue 13, recall).
func TestReportedSpeechAttributions(t *testing.T) {
	checkReported(t, []reportedCase{
		{"said-description: a role, a comma and the name", "The plant is under pressure from imports, said the company's chief executive, Jo Lind.",
			[]string{"Jo Lind: The plant is under pressure from imports"}},
		{"said-description: an official who was briefed", "The minister will resign next week, said an official who was briefed on the talks.",
			[]string{"an official: The minister will resign next week"}},
		{"a description headed before its preposition", "The plant will close three lines next year, said a spokesman for the firm.",
			[]string{"a spokesman for the firm: The plant will close three lines next year"}},
		{"a group that speaks", "The council approved the new budget on Monday, said several observers.",
			[]string{"several observers: The council approved the new budget on Monday"}},
		{"a clause after said is no speaker", "The group, which saw its shares rise, said the bid undervalued the business.",
			[]string{"The group: the bid undervalued the business"}},
		{"according to with no comma reports the clause before", "Prices rose sharply in the first quarter according to a count by the statistics office, but the trend may not last.",
			[]string{"a count: Prices rose sharply in the first quarter"}},
		{"but according to X, the clause after", "The minister went along to listen, but according to those present, the talks were a failure.",
			[]string{"those present: the talks were a failure"}},
		{"dealt with according to the law is no attribution", "The issue will be dealt with according to the competition law of the country.", nil},
		{"said that, a phrase set off, then the clause", "Anna Berg said that, if elected, she would keep the plant open.",
			[]string{"Anna Berg: that, if elected, she would keep the plant open"}},
		{"having said that is no speech", "Having said that, the plant is in much better shape.", nil},
		{"said no decision: no quantifies the clause's subject", "A lawyer for the town, Jo Lind, said no decision had been made about the plant.",
			[]string{"Jo Lind: no decision had been made about the plant"}},
		{"said no to is an answer, not a clause", "Anna Berg said no to the new plan for the plant.", nil},
		{"a phrase set off before that", "Several experts cautioned, as did the board itself, that the plan might change.",
			[]string{"Several experts: that the plan might change"}},
		{"told the BBC, then the clause's own subject", "Anna Berg told the Daily Planet she had no plans to resign.",
			[]string{"Anna Berg: she had no plans to resign"}},
		{"told a description, then the clause's own subject", "Anna Berg told the local paper it would not close.",
			[]string{"Anna Berg: it would not close"}},
		{"went on to say: the subject of went speaks", "Anna Berg praised the staff. She went on to say that the plant had been a success.",
			[]string{"Anna Berg: the staff", "Anna Berg: that the plant had been a success"}},
		{"wants to say: the wish is reported, not what would be said", "Anna Berg wants to say that the plant had been a success.",
			[]string{"Anna Berg: to say that the plant had been a success"}},
		{"it was announced that: no one named", "Acme Foods opened a plant in May. It was announced on Monday that the plant would close.",
			[]string{"-: that the plant would close"}},
		{"it was ordered to pay: the company named before", "Acme Foods broke the rules. It was ordered to pay a fine of $16m.",
			[]string{"Acme Foods: to pay a fine of $16m"}},
		{"a that-only verb in the present", "Prosecutors allege that the firm fixed its bids.",
			[]string{"Prosecutors: that the firm fixed its bids"}},
		{"told a bare plural noun, the clause before", "The budget is balanced, the mayor told councillors.",
			[]string{"the mayor: The budget is balanced"}},
		{"calls as a noun reports nothing", "Under the new deal, cheap calls anywhere in the country cost little.", nil},
		{"a poll shows still reports", "A recent poll shows the mayor with a clear lead.",
			[]string{"A recent poll: the mayor with a clear lead"}},
	})
}
