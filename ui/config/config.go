// Package config reads byline's settings from
// $XDG_CONFIG_HOME/byline/config.toml.
//
// Load never fails the program: a file that cannot be read or parsed
// gives the defaults and one line naming the file, the line and the
// problem; keys it does not know, and values out of range, are reported
// the same way and the rest of the file is used. Which action and
// highlight names exist is the UI's business: it checks Keys and Colors
// with its own lists (see Check).
package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/byline/byline/reader/cite"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is byline's settings. The zero value is not the default: use
// Default.
type Config struct {
	// Theme is auto (from the terminal's background), dark, light or the
	// name of a palette.
	Theme string `toml:"theme"`
	// Width is the widest the article's text is wrapped, in columns; 0
	// lets it fill the pane.
	Width int `toml:"width"`
	// Opener is the command that opens a link (the URL is its last
	// argument); empty means $BROWSER, else xdg-open or open.
	Opener string `toml:"opener"`
	// Hyperlinks makes link text and URLs OSC 8 hyperlinks.
	Hyperlinks bool `toml:"hyperlinks"`
	// Entities turns entity highlighting on at start.
	Entities bool `toml:"entities"`
	// Stance shows the stance rows of quotes.
	Stance bool `toml:"stance"`
	// Refresh is how often feeds are refreshed while byline runs; 0 never.
	Refresh time.Duration `toml:"refresh"`
	// CiteFormat is the format of a copied citation (see the y key).
	CiteFormat string `toml:"cite_format"`
	// Keys rebinds actions: an action's name and its key or keys.
	Keys map[string]KeyList `toml:"keys"`
	// Colors sets the colour of a highlight kind or palette entry
	// ("#RRGGBB" or an ANSI number 0-255).
	Colors map[string]string `toml:"colors"`
}

// KeyList is one key ("x") or several (["x", "ctrl+x"]).
type KeyList []string

// UnmarshalTOML implements toml.Unmarshaler.
func (k *KeyList) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		*k = KeyList{v}
		return nil
	case []any:
		out := make(KeyList, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return fmt.Errorf("a key is a string, not %T", e)
			}
			out = append(out, s)
		}
		*k = out
		return nil
	}
	return fmt.Errorf("keys are a string or a list of strings, not %T", v)
}

// DefaultWidth is the default reading width.
const DefaultWidth = 100

// MinWidth is the narrowest reading width allowed (other than 0).
const MinWidth = 20

// Default returns the default settings.
func Default() Config {
	return Config{Theme: "auto", Width: DefaultWidth, Hyperlinks: true, Entities: true}
}

// Path returns the configuration file's path: $XDG_CONFIG_HOME/byline/
// config.toml, else ~/.config/byline/config.toml.
func Path() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "."
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "byline", "config.toml")
}

// Problem is something wrong in the file, with where it is.
type Problem struct {
	File string
	Line int // 0 when unknown
	Text string
}

// String returns "file:line: text".
func (p Problem) String() string {
	if p.Line > 0 {
		return p.File + ":" + strconv.Itoa(p.Line) + ": " + p.Text
	}
	return p.File + ": " + p.Text
}

// Themes are the built-in theme names other than the palettes the UI
// adds.
var Themes = []string{"auto", "dark", "light"}

// Load reads the file at path. A missing file gives the defaults and no
// problem. A file that cannot be read or parsed gives the defaults and
// one problem; otherwise the settings read, with a problem for each key
// that is unknown or out of range (and left at its default).
func Load(path string) (Config, []Problem) {
	def := Default()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return def, nil
	}
	if err != nil {
		return def, []Problem{{File: path, Text: "cannot read: " + unwrapPath(err)}}
	}
	return Parse(path, data)
}

// Parse reads settings from data, the contents of the file named name.
func Parse(name string, data []byte) (Config, []Problem) {
	def := Default()
	cfg := Default()
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&cfg)
	if err != nil {
		return def, []Problem{decodeProblem(name, data, err)}
	}
	var probs []Problem
	var reported []string
	for _, k := range md.Undecoded() {
		// Values under [keys] and [colors] are decoded into maps whole.
		if len(k) > 1 && (k[0] == "keys" || k[0] == "colors") {
			continue
		}
		// An unknown table is reported, not each of its keys.
		if slices.ContainsFunc(reported, func(r string) bool { return strings.HasPrefix(k.String(), r+".") }) {
			continue
		}
		reported = append(reported, k.String())
		probs = append(probs, Problem{name, keyLine(data, k), "unknown key " + strconv.Quote(k.String())})
	}
	bad := func(key, text string) {
		probs = append(probs, Problem{name, keyLine(data, toml.Key{key}), key + ": " + text})
	}
	if cfg.Width != 0 && cfg.Width < MinWidth {
		bad("width", fmt.Sprintf("%d is too narrow (0 for the pane's width, or at least %d); using %d", cfg.Width, MinWidth, def.Width))
		cfg.Width = def.Width
	}
	if cfg.Refresh < 0 || (cfg.Refresh > 0 && cfg.Refresh < time.Minute) {
		bad("refresh", fmt.Sprintf("%s: use 0 (never) or at least 1m; not refreshing", cfg.Refresh))
		cfg.Refresh = 0
	}
	if _, err := cite.ParseFormat(cfg.CiteFormat); cfg.CiteFormat != "" && err != nil {
		bad("cite_format", fmt.Sprintf("%q is not a format (markdown, csl, ris, biblatex, claimreview, annotation); using markdown", cfg.CiteFormat))
		cfg.CiteFormat = ""
	}
	for kind, c := range cfg.Colors {
		if !validColor(c) {
			probs = append(probs, Problem{name, keyLine(data, toml.Key{"colors", kind}),
				fmt.Sprintf("colors.%s: %q is not a colour (#RRGGBB or 0-255)", kind, c)})
			delete(cfg.Colors, kind)
		}
	}
	slices.SortFunc(probs, func(a, b Problem) int { return a.Line - b.Line })
	return cfg, probs
}

// Check reports the names in Keys and Colors that are not in actions and
// kinds, and a theme that is neither built in nor in palettes.
func (c Config) Check(path string, data []byte, actions, kinds, palettes []string) []Problem {
	var probs []Problem
	for name := range c.Keys {
		if !slices.Contains(actions, name) {
			probs = append(probs, Problem{path, keyLine(data, toml.Key{"keys", name}),
				fmt.Sprintf("keys.%s: no such action (see ? in byline, or byline config show)", name)})
		}
	}
	for name := range c.Colors {
		if !slices.Contains(kinds, name) {
			probs = append(probs, Problem{path, keyLine(data, toml.Key{"colors", name}),
				fmt.Sprintf("colors.%s: no such highlight kind (%s)", name, strings.Join(kinds, ", "))})
		}
	}
	if !slices.Contains(Themes, c.Theme) && !slices.Contains(palettes, c.Theme) {
		probs = append(probs, Problem{path, keyLine(data, toml.Key{"theme"}),
			fmt.Sprintf("theme: no theme %q (%s); using auto", c.Theme, strings.Join(append(slices.Clone(Themes), palettes...), ", "))})
	}
	slices.SortFunc(probs, func(a, b Problem) int { return a.Line - b.Line })
	return probs
}

// validColor reports whether c is "#RRGGBB" or an ANSI colour number.
func validColor(c string) bool {
	if strings.HasPrefix(c, "#") {
		_, err := strconv.ParseUint(c[1:], 16, 32)
		return err == nil && len(c) == 7
	}
	n, err := strconv.Atoi(c)
	return err == nil && n >= 0 && n <= 255
}

// lineRE finds the line number toml puts in its type errors.
var lineRE = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: `)

// decodeProblem turns a toml error into a Problem with a line.
func decodeProblem(name string, data []byte, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{File: name, Line: pe.Position.Line, Text: pe.Message}
	}
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		text := strings.TrimPrefix(msg, m[0])
		if m[2] != "" {
			text = m[2] + ": " + text
		}
		return Problem{File: name, Line: n, Text: text}
	}
	return Problem{File: name, Text: strings.TrimPrefix(msg, "toml: ")}
}

// keyLine returns the line where key is set in data, or 0: the line of
// its last part's assignment inside the table named by the other parts.
func keyLine(data []byte, key toml.Key) int {
	if len(key) == 0 {
		return 0
	}
	table := strings.Join(key[:len(key)-1], ".")
	last := key[len(key)-1]
	cur := ""
	for i, line := range strings.Split(string(data), "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "[") {
			cur = strings.Trim(l, "[] \t")
			if cur == key.String() {
				return i + 1
			}
			continue
		}
		k, _, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if cur == table && k == last || cur == "" && k == key.String() {
			return i + 1
		}
	}
	return 0
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Encode writes c as TOML.
func (c Config) Encode() (string, error) {
	var b bytes.Buffer
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(c); err != nil {
		return "", fmt.Errorf("config: encode: %w", err)
	}
	return b.String(), nil
}
