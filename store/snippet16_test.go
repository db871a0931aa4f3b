package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestSearchSnippetsFromTextOnly: snippets come from the title and body,
// never from the speakers' names; a hit that matched only a speaker's
// name says so ("speaker: Donald Trump").
func TestSearchSnippetsFromTextOnly(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Leaders talk peace", "", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		`"We will keep talking," the president told reporters in Washington on Friday.`)
	an := newAnalysis(t, a, []said{{speaker: "Donald Trump", text: `"We will keep talking,"`}})
	if _, _, err := s.Put(ctx, a, an); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "trump", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("%d hits", len(hits))
	}
	if want := "speaker: Donald " + SnippetOpen + "Trump" + SnippetClose; hits[0].Snippet != want {
		t.Errorf("snippet %q, want %q", hits[0].Snippet, want)
	}
	hits, err = s.Search(ctx, "reporters", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("%v, %d hits", err, len(hits))
	}
	if sn := hits[0].Snippet; !strings.Contains(sn, SnippetOpen+"reporters"+SnippetClose) || strings.Contains(sn, "Donald") {
		t.Errorf("body snippet %q", sn)
	}
}

// TestSpeakersRole: the speakers list gives a speaker's role as an
// article gives it.
func TestSpeakersRole(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Talks resume", "", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		`"We will keep talking," Marco Rubio said in Jeddah.`)
	an := newAnalysis(t, a, []said{{speaker: "Marco Rubio", text: `"We will keep talking,"`}})
	an.Speakers[0].Role = "Secretary of State"
	if _, _, err := s.Put(ctx, a, an); err != nil {
		t.Fatal(err)
	}
	stats, err := s.Speakers(ctx)
	if err != nil || len(stats) != 1 {
		t.Fatalf("%v %+v", err, stats)
	}
	if stats[0].Role != "Secretary of State" {
		t.Errorf("role %q", stats[0].Role)
	}
}
