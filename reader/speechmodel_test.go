package reader

import "testing"

// TestSpeechModel: the speech model (data/speech.txt) keeps reported
// speech and drops the objects of actions that the cue rules take for
// it; a reported clause is not scored. Constructed sentences.
func TestSpeechModel(t *testing.T) {
	checkReportedModel(t, []reportedCase{
		{"a reported clause is kept unscored", "Anna Berg said the plant would close in May.",
			[]string{"Anna Berg: the plant would close"}},
		{"an announcement is speech", "Anna Berg announced a new tariff on imported steel.",
			[]string{"Anna Berg: a new tariff on imported steel"}},
		{"a question raised is speech", "Anna Berg questioned the cost of the new tariff.",
			[]string{"Anna Berg: the cost of the new tariff"}},
		{"addressing a meeting is no speech reported", "Anna Berg addressed the symposium on Monday.", nil},
		{"posting a profit is no speech", "Acme Foods posted a profit of 3 million dollars.", nil},
		{"writing a screenplay is no speech reported", "Anna Berg wrote the screenplay for the film.", nil},
		{"publishing a book is no speech reported", "Anna Berg published the biography of a king.", nil},
		{"finding keys is no finding reported", "Anna Berg found the keys in the garden.", nil},
	})
}

// checkReportedModel is checkReported with the speech model on.
func checkReportedModel(t *testing.T, tests []reportedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := analyzeString(t, "Headline\n\n"+tt.body+"\n")
			equalLines(t, reportedOf(a, an), tt.want)
		})
	}
}
