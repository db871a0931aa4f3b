package reader

import "testing"

// TestReportedSpeechBounds covers where a reported clause starts and
// ends, and which words report one, beyond TestReportedSpeech.
func TestReportedSpeechBounds(t *testing.T) {
	checkReported(t, []reportedCase{
		{"a clause in an opening subordinate clause ends at its comma", "Although Anna Berg announced that the plant would stay open, the board voted to close it in May.",
			[]string{"Anna Berg: that the plant would stay open"}},
		{"a clause in an opening after-clause ends at its comma", "After Anna Berg said the plant would stay open, the board voted to close it.",
			[]string{"Anna Berg: the plant would stay open"}},
		{"a clause with no opening subordinate clause goes on past its commas", "Anna Berg said that if the plant closed, the town would suffer.",
			[]string{"Anna Berg: that if the plant closed, the town would suffer"}},
		{"a clause ends before , and another speaker's verb", "Most voters said the plant should stay open, and more than 4 in 10 said the board should resign.",
			[]string{"Most voters: the plant should stay open", "-: the board should resign"}},
		{"a noun phrase object ends before a phrase of time", "Anna Berg praised the new tariff during a long debate in Ohio.",
			[]string{"Anna Berg: the new tariff"}},
		{"a noun phrase object keeps its own phrase", "Anna Berg criticized the tax on imported steel.",
			[]string{"Anna Berg: the tax on imported steel"}},
		{"a second that-clause after , but goes on", "Anna Berg said that the plant would close, but that its workers would be paid.",
			[]string{"Anna Berg: that the plant would close, but that its workers would be paid"}},
		{"an object opening with a reporting phrase reports the words after it", "Anna Berg expressed deep concern about the new tariff.",
			[]string{"Anna Berg: the new tariff"}},
		{"a counted noun is no reporting phrase", "Anna Berg announced four votes for the new tariff.",
			[]string{"Anna Berg: four votes for the new tariff"}},
		{"said yes reports the answer", "Asked if the plant would close, 46 percent of workers said yes, and the rest were unsure.",
			[]string{"-: if the plant would close", "46 percent of workers: yes"}},
		{"said no more is no answer", "Anna Berg said no more about the plant.", nil},
		{"a noun phrase object ends before and a second verb", "Anna Berg blasted Peter Lund and handed the board a new plan.",
			[]string{"Anna Berg: Peter Lund"}},
		{"an adjective in -ed after and stays in the object", "Anna Berg praised the able and determined workers of the plant.",
			[]string{"Anna Berg: the able and determined workers of the plant"}},
		{"an opening reporting participle reports its object with the main subject", "Citing the cost of the new tariff, Anna Berg left the hall early.",
			[]string{"Anna Berg: the cost of the new tariff"}},
		{"an opening participle with a preposition reports nothing", "Pointing to the plant, Anna Berg smiled.", nil},
		{"warned that: the clause, no one told", "The board warned that the exit will raise many questions.",
			[]string{"The board: that the exit will raise many questions"}},
		{"a description before a closing name opens the attribution", "The plant will close in May, the news site Acme Daily reported.",
			[]string{"Acme Daily: The plant will close in May"}},
		{"a longer adverbial before that", "Anna Berg declared on national television that the plant would stay open.",
			[]string{"Anna Berg: that the plant would stay open"}},
		{"a relative that after an adverbial is no clause", "Anna Berg declared on national television that changed her life.", nil},
		{"a thing called a name is no speech", "Anna Berg now helps lead a program called Sandy Hook Promise.", nil},
		{"a person noun before called still speaks", "At the cookout, the band leader called Peter Lund a fraud.",
			[]string{"the band leader: Peter Lund a fraud"}},
		{"a noun phrase object goes on through a list", "Anna Berg praised the economy, the health service, the schools and the new tariff.",
			[]string{"Anna Berg: the economy, the health service, the schools and the new tariff"}},
		{"a noun phrase object ends before an appositive with and", "Anna Berg praised Peter Lund, a war hero and a farmer.",
			[]string{"Anna Berg: Peter Lund"}},
		{"trailing-phrase: the statement before a quoted adjunct phrase is reported", "Anna Berg said the plant would stay open for the workers \"in terms of their needs and hopes\", adding that the town was glad.",
			[]string{"Anna Berg: the plant would stay open for the workers", "Anna Berg: that the town was glad"}},
		{"trailing-phrase: a phrase completing the clause leaves it a quote", "Anna Berg said the main goal of the new plan was \"to win back the town\".", nil},
		{"trailing-phrase: a phrase opening with to is a complement", "Anna Berg said the board would soon give the plant \"to the workers who run it\".", nil},
		{"trailing-phrase: a short clause before the phrase is not enough", "Anna Berg said it was \"in good shape\".", nil},
	})
}

// BenchmarkCueWords measures the cue finder's look at every word of the
// sample article: cueKind on each token and reportingWords on each
// sentence, the lexicon lookups Analyze makes for every word.
func BenchmarkCueWords(b *testing.B) {
	a, err := Parse(readSample(b), "bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := newDoc(a)
	var buf [16]cue
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n := 0
		for t := range d.toks {
			if d.cueKind(t) != 0 {
				n++
			}
		}
		for bi := range d.sents {
			for _, s := range d.sents[bi] {
				n += len(d.reportingWords(buf[:0], s[0], s[1]))
			}
		}
		if n == 0 {
			b.Fatal("no cues in the sample")
		}
	}
}
