package reader

import (
	"strings"
	"testing"
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
