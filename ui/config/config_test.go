package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLoadGood(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	src := `theme = "light"
width = 80
opener = "firefox --new-tab"
entities = false
refresh = "15m"
cite_format = "csl"

[keys]
quit = "Q"
next-quote = ["ctrl+n", "]"]

[colors]
quote = "#FFAA00"
figure = "13"
`
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, probs := Load(path)
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	want := Default()
	want.Theme, want.Width, want.Opener, want.Entities = "light", 80, "firefox --new-tab", false
	want.Refresh, want.CiteFormat = 15*time.Minute, "csl"
	want.Keys = map[string]KeyList{"quit": {"Q"}, "next-quote": {"ctrl+n", "]"}}
	want.Colors = map[string]string{"quote": "#FFAA00", "figure": "13"}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("got  %+v\nwant %+v", cfg, want)
	}
}

func TestLoadMissingIsDefault(t *testing.T) {
	cfg, probs := Load(filepath.Join(t.TempDir(), "none.toml"))
	if len(probs) > 0 || !reflect.DeepEqual(cfg, Default()) {
		t.Errorf("missing file: %+v %v", cfg, probs)
	}
}

func TestLoadBad(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		text      string
	}{
		{"syntax", "theme = \"dark\"\nwidth = \n", 2, "expected value"},
		{"type", "theme = \"dark\"\n\nwidth = \"wide\"\n", 3, "width: "},
		{"key type", "[keys]\nquit = 3\n", 2, "string or a list"},
		{"unterminated", "theme = \"dark\n", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, probs := Parse("c.toml", []byte(tc.src))
			if !reflect.DeepEqual(cfg, Default()) {
				t.Errorf("a bad file should give the defaults, got %+v", cfg)
			}
			if len(probs) != 1 {
				t.Fatalf("want one problem, got %v", probs)
			}
			p := probs[0]
			if p.Line != tc.line || !strings.Contains(p.Text, tc.text) || strings.Contains(p.String(), "\n") {
				t.Errorf("problem %q, want line %d and %q on one line", p, tc.line, tc.text)
			}
			if !strings.HasPrefix(p.String(), "c.toml:") {
				t.Errorf("problem %q does not name the file", p)
			}
		})
	}
}

func TestUnknownAndOutOfRange(t *testing.T) {
	src := "theme = \"dark\"\ncolour = \"red\"\nwidth = 5\ncite_format = \"apa\"\n[fonts]\nsize = 3\n[colors]\nquote = \"red\"\n"
	cfg, probs := Parse("c.toml", []byte(src))
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	want := []string{
		`c.toml:2: unknown key "colour"`,
		"c.toml:3: width: 5 is too narrow",
		`c.toml:4: cite_format: "apa" is not a format`,
		`c.toml:5: unknown key "fonts"`,
		`c.toml:8: colors.quote: "red" is not a colour`,
	}
	if len(got) != len(want) {
		t.Fatalf("problems %q, want %d", got, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d = %q, want %q…", i, got[i], want[i])
		}
	}
	// The rest of the file is used.
	if cfg.Theme != "dark" || cfg.Width != DefaultWidth || len(cfg.Colors) != 0 || cfg.CiteFormat != "" {
		t.Errorf("cfg %+v", cfg)
	}
}

func TestCheck(t *testing.T) {
	src := "theme = \"neon\"\n[keys]\nquit = \"Q\"\nfly = \"F\"\n[colors]\nquote = \"1\"\nsky = \"2\"\n"
	cfg, probs := Parse("c.toml", []byte(src))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	probs = cfg.Check("c.toml", []byte(src), []string{"quit", "back"}, []string{"quote"}, []string{"mono"})
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	if len(got) != 3 || !strings.HasPrefix(got[0], "c.toml:1: theme: no theme \"neon\"") ||
		!strings.HasPrefix(got[1], "c.toml:4: keys.fly") || !strings.HasPrefix(got[2], "c.toml:7: colors.sky") {
		t.Errorf("problems %q", got)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	c := Default()
	c.Keys = map[string]KeyList{"quit": {"Q", "ctrl+q"}}
	c.Refresh = 30 * time.Minute
	s, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, probs := Parse("x", []byte(s))
	if len(probs) > 0 || !reflect.DeepEqual(back, c) {
		t.Errorf("round trip:\n%s\n%+v %v", s, back, probs)
	}
}
