package reader

import "testing"

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
		{"an opener after a main clause does not cut", "Anna Berg was wrong when she claimed that the plant, or its owner, had broken the law.",
			[]string{"Anna Berg: that the plant, or its owner, had broken the law"}},
	})
}
