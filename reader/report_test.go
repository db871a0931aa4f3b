package reader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReportText(t *testing.T) {
	body := "Talks resume\n\nPutin rejected a full ceasefire. \"We are ready,\" Rubio said. Kyiv said hospitals were hit. Rubio commented on the deal.\n"
	span := func(s string) Span {
		i := strings.Index(body, s)
		return Span{Start: i, End: i + len(s)}
	}
	a := &Article{Title: "Talks resume", Body: body}
	an := &Analysis{
		Speakers: []Speaker{{Name: "Vladimir Putin", Kind: Person}, {Name: "Marco Rubio", Kind: Person, Role: "Secretary of State"}},
		Quotes: []Quote{
			{Span: span("a full ceasefire"), Kind: Indirect, Speaker: 0, Cue: span("rejected")},
			{Span: span(`"We are ready,"`), Kind: Direct, Speaker: 1, Cue: span("said")},
			{Span: span("hospitals were hit"), Kind: Indirect, Speaker: -1, Cue: span("said hospitals")},
			{Span: span("the deal"), Kind: Indirect, Speaker: 1, Cue: span("commented")},
		},
	}
	got := NewReport("t.txt", a, an).Text()
	for _, want := range []string{
		"~ Vladimir Putin: rejected a full ceasefire\n", // the cue leads reported words it comes right before
		"    Marco Rubio: \"We are ready,\"\n",
		"~ (unattributed): hospitals were hit\n", // a cue that overlaps the words does not
		"~ Marco Rubio: commented on the deal\n", // with a preposition between
		"Marco Rubio, Secretary of State",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

// TestReportSentenceBounded: a figure's sentence in a report is cut to the
// figure and maxSentence bytes on each side, so that a text with no
// sentence ends does not repeat itself for each of its figures.
func TestReportSentenceBounded(t *testing.T) {
	body := "Title\n\n" + strings.Repeat("the count rose to 17 units and é ", 2000)
	a, err := Parse([]byte(body), "long.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport("long.txt", a, Analyze(a))
	if len(r.Figures) < 100 {
		t.Fatalf("%d figures", len(r.Figures))
	}
	for _, f := range r.Figures {
		if len(f.Sentence) > 2*maxSentence+len(f.Text)+2*len("…") {
			t.Fatalf("figure %q carries a sentence of %d bytes", f.Text, len(f.Sentence))
		}
		if !utf8.ValidString(f.Sentence) || !strings.Contains(f.Sentence, f.Text) {
			t.Fatalf("sentence %q of %q", f.Sentence, f.Text)
		}
	}
}
