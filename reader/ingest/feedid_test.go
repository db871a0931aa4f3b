package ingest

import "testing"

func TestCanonicalURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://ex.com/a?utm_source=rss&utm_medium=feed":          "https://ex.com/a",
		"https://ex.com/a?id=3&utm_campaign=x&fbclid=abc#frag":     "https://ex.com/a?id=3#frag",
		"https://ex.com/a?UTM_Source=x&b=2":                        "https://ex.com/a?b=2",
		"https://ex.com/a?":                                        "https://ex.com/a",
		"https://ex.com/a?id=3":                                    "https://ex.com/a?id=3",
		"not a url":                                                "not a url",
		"mailto:a@b?subject=utm_x":                                 "mailto:a@b?subject=utm_x",
		"https://ex.com/story?utm_source=a&utm_source=b&gclid=zzz": "https://ex.com/story",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFeedItemLinksCanonical(t *testing.T) {
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://ex.com/one?utm_source=rss&amp;x=1</link><description>Text one.</description></item></channel></rss>`
	_, arts, err := ParseFeed([]byte(feed), "https://ex.com/feed")
	if err != nil || len(arts) != 1 {
		t.Fatal(err)
	}
	if arts[0].URL != "https://ex.com/one?x=1" {
		t.Errorf("URL %q", arts[0].URL)
	}
}
