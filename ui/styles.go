package ui

import (
	"encoding/json"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	gansi "github.com/charmbracelet/glamour/ansi"
	gstyles "github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Theme is byline's palette. Each colour has a dark and a light variant;
// newStyles picks one variant once, so a --theme flag can override the
// terminal's background.
type Theme struct {
	Text     lipgloss.AdaptiveColor
	Subtle   lipgloss.AdaptiveColor
	Faint    lipgloss.AdaptiveColor
	Accent   lipgloss.AdaptiveColor
	Border   lipgloss.AdaptiveColor
	Error    lipgloss.AdaptiveColor
	Quote    lipgloss.AdaptiveColor
	Reported lipgloss.AdaptiveColor
	Speaker  lipgloss.AdaptiveColor
	Person   lipgloss.AdaptiveColor
	Place    lipgloss.AdaptiveColor
	Org      lipgloss.AdaptiveColor
	Figure   lipgloss.AdaptiveColor
	Related  lipgloss.AdaptiveColor
	Selected lipgloss.AdaptiveColor // background of the selected item
	Match    lipgloss.AdaptiveColor // background of a search match
	Current  lipgloss.AdaptiveColor // background of the current match
}

// defaultTheme returns byline's palette.
func defaultTheme() Theme {
	return Theme{
		Text:     lipgloss.AdaptiveColor{Dark: "#DDDDDD", Light: "#1A1A1A"},
		Subtle:   lipgloss.AdaptiveColor{Dark: "#9A9A9A", Light: "#5F5F5F"},
		Faint:    lipgloss.AdaptiveColor{Dark: "#6C6C6C", Light: "#9A9A9A"},
		Accent:   lipgloss.AdaptiveColor{Dark: "#7AA2F7", Light: "#1F5FBF"},
		Border:   lipgloss.AdaptiveColor{Dark: "#4E4E4E", Light: "#BCBCBC"},
		Error:    lipgloss.AdaptiveColor{Dark: "#FF6B6B", Light: "#C00000"},
		Quote:    lipgloss.AdaptiveColor{Dark: "#E0C27A", Light: "#8A5A00"},
		Reported: lipgloss.AdaptiveColor{Dark: "#B8A98A", Light: "#7A6A50"},
		Speaker:  lipgloss.AdaptiveColor{Dark: "#FF9E64", Light: "#B34700"},
		Person:   lipgloss.AdaptiveColor{Dark: "#9ECE6A", Light: "#2E7D32"},
		Place:    lipgloss.AdaptiveColor{Dark: "#7DCFFF", Light: "#006C9C"},
		Org:      lipgloss.AdaptiveColor{Dark: "#BB9AF7", Light: "#6A1B9A"},
		Figure:   lipgloss.AdaptiveColor{Dark: "#F7768E", Light: "#B0003A"},
		Related:  lipgloss.AdaptiveColor{Dark: "#7AA2F7", Light: "#1F5FBF"},
		Selected: lipgloss.AdaptiveColor{Dark: "#3B4261", Light: "#D6E4FF"},
		Match:    lipgloss.AdaptiveColor{Dark: "#5C4A00", Light: "#FFF3A0"},
		Current:  lipgloss.AdaptiveColor{Dark: "#A67C00", Light: "#FFC94D"},
	}
}

// basicTheme returns byline's palette for 16-colour terminals, where the
// nearest colours to defaultTheme's would mostly be white and grey.
func basicTheme() Theme {
	c := func(dark, light string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Dark: dark, Light: light}
	}
	// Every highlight kind has a colour of its own (checked by a test).
	return Theme{
		Text:     c("7", "0"),
		Subtle:   c("7", "8"),
		Faint:    c("8", "8"),
		Accent:   c("12", "4"),
		Border:   c("8", "7"),
		Error:    c("9", "1"),
		Quote:    c("11", "3"),
		Reported: c("3", "8"),
		Speaker:  c("9", "1"),
		Person:   c("10", "2"),
		Place:    c("14", "6"),
		Org:      c("13", "5"),
		Figure:   c("12", "4"),
		Related:  c("6", "12"),
		Selected: c("8", "7"),
		Match:    c("3", "11"),
		Current:  c("11", "3"),
	}
}

// themeFor returns the palette for a colour profile.
func themeFor(p termenv.Profile) Theme {
	if p == termenv.ANSI {
		return basicTheme()
	}
	return defaultTheme()
}

// palettes are the named themes a config can choose besides auto, dark
// and light (which use defaultTheme). A palette has its own dark and light
// variants; in 16 colours every palette is basicTheme.
var palettes = map[string]func() Theme{
	"solarized": func() Theme {
		t := defaultTheme()
		a := func(dark, light string) lipgloss.AdaptiveColor {
			return lipgloss.AdaptiveColor{Dark: dark, Light: light}
		}
		t.Text, t.Subtle, t.Faint = a("#93A1A1", "#586E75"), a("#839496", "#657B83"), a("#586E75", "#93A1A1")
		t.Accent, t.Border, t.Error = a("#268BD2", "#268BD2"), a("#073642", "#EEE8D5"), a("#DC322F", "#DC322F")
		t.Quote, t.Reported, t.Speaker = a("#B58900", "#B58900"), a("#93A1A1", "#657B83"), a("#CB4B16", "#CB4B16")
		t.Person, t.Place, t.Org = a("#859900", "#859900"), a("#2AA198", "#2AA198"), a("#6C71C4", "#6C71C4")
		t.Figure, t.Related = a("#D33682", "#D33682"), a("#268BD2", "#268BD2")
		t.Selected, t.Match, t.Current = a("#073642", "#EEE8D5"), a("#3D3200", "#FDF6C0"), a("#7A6200", "#F5D76E")
		return t
	},
	"contrast": func() Theme {
		t := defaultTheme()
		a := func(dark, light string) lipgloss.AdaptiveColor {
			return lipgloss.AdaptiveColor{Dark: dark, Light: light}
		}
		t.Text, t.Subtle = a("#FFFFFF", "#000000"), a("#D0D0D0", "#303030")
		t.Quote, t.Speaker, t.Person = a("#FFD700", "#7A5C00"), a("#FF8700", "#AF3A00"), a("#5FFF5F", "#006400")
		t.Place, t.Org, t.Figure = a("#5FFFFF", "#005F87"), a("#FF87FF", "#870087"), a("#FF5F87", "#AF0030")
		t.Selected = a("#005FAF", "#AFD7FF")
		return t
	},
}

// PaletteNames returns the named palettes, sorted.
func PaletteNames() []string {
	names := make([]string, 0, len(palettes))
	for n := range palettes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ColorNames returns the names a config's [colors] table may set: the
// palette's entries in lower case (quote, person, figure, …).
func ColorNames() []string {
	t := reflect.TypeFor[Theme]()
	out := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		out = append(out, strings.ToLower(t.Field(i).Name))
	}
	return out
}

// paletteFor returns the palette named name for the profile p, with the
// colours a config sets (by ColorNames) replacing both variants.
func paletteFor(name string, p termenv.Profile, colors map[string]string) Theme {
	t := themeFor(p)
	if f, ok := palettes[name]; ok && p != termenv.ANSI {
		t = f()
	}
	v := reflect.ValueOf(&t).Elem()
	for i := range v.NumField() {
		if c, ok := colors[strings.ToLower(v.Type().Field(i).Name)]; ok {
			v.Field(i).Set(reflect.ValueOf(lipgloss.AdaptiveColor{Dark: c, Light: c}))
		}
	}
	return t
}

// markKind is the kind of a highlight painted over the rendered article.
// Later kinds are painted over earlier ones.
type markKind uint8

const (
	markNone markKind = iota
	markRelated
	markCaption
	markCredit
	markQuote
	markReported
	markPerson
	markPlace
	markOrg
	markSpeaker
	markFigure
	markMatch
	markCurrent
	numMarks
)

// String implements fmt.Stringer.
func (k markKind) String() string {
	return [...]string{"none", "related", "caption", "credit", "quote", "reported",
		"person", "place", "org", "speaker", "figure", "match", "current"}[k]
}

// sgr is a style reduced to the escape sequences that open it; closing is
// always a full reset.
type sgr struct {
	open string
}

// Styles holds every lipgloss style of the UI, built once by newStyles.
type Styles struct {
	Dark    bool
	Profile termenv.Profile

	App struct {
		Status lipgloss.Style
		Error  lipgloss.Style
		Info   lipgloss.Style
		Input  lipgloss.Style
	}
	Article struct {
		Title  lipgloss.Style
		Byline lipgloss.Style
		Rule   lipgloss.Style
		Empty  lipgloss.Style
	}
	Pane struct {
		Title        lipgloss.Style
		TitleFocused lipgloss.Style
		Item         lipgloss.Style
		Cursor       lipgloss.Style
		CursorBlur   lipgloss.Style
		Dim          lipgloss.Style
		Tab          lipgloss.Style
		TabActive    lipgloss.Style
		Sep          lipgloss.Style
		Quote        lipgloss.Style
		Reported     lipgloss.Style
		Speaker      lipgloss.Style
		Figure       lipgloss.Style
	}
	Library struct {
		Title lipgloss.Style
	}

	// Marks are the highlight styles, plain and selected, as escape
	// sequences converted for the terminal's colour profile up front.
	Marks    [numMarks]sgr
	Selected [numMarks]sgr

	// Glamour is the glamour style with its colours converted for the
	// terminal's profile.
	Glamour gansi.StyleConfig
}

// newStyles builds the styles for the dark or light variant of t under the
// colour profile p. Colours are converted for p here, once, so that neither
// lipgloss nor glamour has to search for the nearest colour per styled run.
func newStyles(t Theme, dark bool, p termenv.Profile) *Styles {
	s := &Styles{Dark: dark, Profile: p}
	// Without colour (NO_COLOR, or a terminal without any) emphasis
	// stands in: the cursor is reversed, entity kinds underlined, quotes
	// in italic, matches reversed. termenv's Ascii profile drops bold and
	// the like too, so the styles render for ANSI with no colours.
	mono := p == termenv.Ascii
	c := func(a lipgloss.AdaptiveColor) lipgloss.TerminalColor {
		if mono {
			return lipgloss.NoColor{}
		}
		v := a.Light
		if dark {
			v = a.Dark
		}
		return lipgloss.Color(convertColor(p, v))
	}
	// Styles render with their own renderer so that they follow p even
	// when it is not the profile lipgloss detected.
	rend := lipgloss.NewRenderer(io.Discard)
	if mono {
		rend.SetColorProfile(termenv.ANSI)
	} else {
		rend.SetColorProfile(p)
	}
	rend.SetHasDarkBackground(dark)
	st := rend.NewStyle

	s.App.Status = st().Foreground(c(t.Subtle))
	s.App.Error = st().Foreground(c(t.Error)).Bold(true)
	s.App.Info = st().Foreground(c(t.Accent))
	s.App.Input = st().Foreground(c(t.Text))

	s.Article.Title = st().Foreground(c(t.Text)).Bold(true)
	s.Article.Byline = st().Foreground(c(t.Subtle))
	s.Article.Rule = st().Foreground(c(t.Border))
	s.Article.Empty = st().Foreground(c(t.Faint)).Italic(true)

	s.Pane.Title = st().Foreground(c(t.Subtle)).Bold(true)
	s.Pane.TitleFocused = st().Foreground(c(t.Accent)).Bold(true)
	s.Pane.Item = st().Foreground(c(t.Text))
	s.Pane.Cursor = st().Background(c(t.Selected)).Foreground(c(t.Text)).Bold(true).Reverse(mono)
	s.Pane.CursorBlur = st().Foreground(c(t.Text)).Underline(true)
	s.Pane.Dim = st().Foreground(c(t.Faint))
	s.Pane.Tab = st().Foreground(c(t.Subtle))
	s.Pane.TabActive = st().Foreground(c(t.Accent)).Bold(true).Underline(true)
	s.Pane.Sep = st().Foreground(c(t.Border))
	s.Pane.Quote = st().Foreground(c(t.Quote))
	s.Pane.Reported = st().Foreground(c(t.Reported)).Italic(true)
	s.Pane.Speaker = st().Foreground(c(t.Speaker))
	s.Pane.Figure = st().Foreground(c(t.Figure)).Bold(true)

	s.Library.Title = st().Foreground(c(t.Accent)).Bold(true)

	marks := [numMarks]lipgloss.Style{
		markRelated:  st().Foreground(c(t.Related)).Underline(true),
		markCaption:  st().Foreground(c(t.Subtle)).Italic(true),
		markCredit:   st().Foreground(c(t.Faint)).Faint(mono),
		markQuote:    st().Foreground(c(t.Quote)).Italic(mono),
		markReported: st().Foreground(c(t.Reported)).Italic(true).Faint(mono),
		markPerson:   st().Foreground(c(t.Person)).Underline(mono),
		markPlace:    st().Foreground(c(t.Place)).Underline(mono),
		markOrg:      st().Foreground(c(t.Org)).Underline(mono),
		markSpeaker:  st().Foreground(c(t.Speaker)).Bold(true).Underline(mono),
		markFigure:   st().Foreground(c(t.Figure)).Bold(true),
		markMatch:    st().Background(c(t.Match)).Foreground(c(t.Text)).Underline(true).Reverse(mono),
		markCurrent:  st().Background(c(t.Current)).Foreground(c(t.Text)).Bold(true).Reverse(mono),
	}
	for k := markRelated; k < numMarks; k++ {
		s.Marks[k] = toSGR(marks[k])
		sel := marks[k].Background(c(t.Selected)).Bold(true).Underline(true)
		if k == markMatch || k == markCurrent {
			sel = marks[k]
		}
		s.Selected[k] = toSGR(sel)
	}
	s.Selected[markNone] = toSGR(st().Background(c(t.Selected)).Underline(true))

	base := gstyles.DarkStyleConfig
	if !dark {
		base = gstyles.LightStyleConfig
	}
	s.Glamour = convertGlamour(base, p)
	// Body text in the terminal's own colour: glamour pads every line to
	// the width with spaces in the document's colour, one styled run per
	// space, which is most of its rendering time.
	s.Glamour.Document.Color = nil
	return s
}

// toSGR extracts the escape sequences that open a lipgloss style.
func toSGR(s lipgloss.Style) sgr {
	out := s.Render("\x00")
	i := strings.IndexByte(out, 0)
	if i < 0 {
		return sgr{}
	}
	return sgr{open: out[:i]}
}

// convertColor converts a colour ("#RRGGBB" or an ANSI number) for the
// profile, as a string that lipgloss and glamour parse without searching
// for a nearest colour again.
func convertColor(p termenv.Profile, v string) string {
	if v == "" {
		return ""
	}
	if p == termenv.ANSI256 && strings.HasPrefix(v, "#") {
		// termenv maps some saturated colours to greys (#B0003A to 232).
		if n, ok := nearest256(v); ok {
			return strconv.Itoa(n)
		}
	}
	switch c := p.Color(v).(type) {
	case termenv.ANSIColor:
		return strconv.Itoa(int(c))
	case termenv.ANSI256Color:
		return strconv.Itoa(int(c))
	case termenv.RGBColor:
		return string(c)
	default:
		return ""
	}
}

// nearest256 returns the xterm 256-colour index nearest to "#RRGGBB", from
// the colour cube or the grey ramp, by distance in RGB.
func nearest256(hex string) (int, bool) {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil || len(hex) != 7 {
		return 0, false
	}
	rgb := [3]int{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)}
	levels := [6]int{0, 95, 135, 175, 215, 255}
	dist := func(c [3]int) int {
		d := 0
		for i := range c {
			d += (c[i] - rgb[i]) * (c[i] - rgb[i])
		}
		return d
	}
	var idx, cube [3]int
	for i, x := range rgb {
		best := 0
		for j, l := range levels {
			if abs(l-x) < abs(levels[best]-x) {
				best = j
			}
		}
		idx[i], cube[i] = best, levels[best]
	}
	n, d := 16+36*idx[0]+6*idx[1]+idx[2], dist(cube)
	for g := 0; g < 24; g++ {
		l := 8 + 10*g
		if gd := dist([3]int{l, l, l}); gd < d {
			n, d = 232+g, gd
		}
	}
	return n, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// convertGlamour returns a deep copy of a glamour style with every colour
// converted for the profile.
func convertGlamour(base gansi.StyleConfig, p termenv.Profile) gansi.StyleConfig {
	var cfg gansi.StyleConfig
	b, err := json.Marshal(base)
	if err == nil {
		err = json.Unmarshal(b, &cfg)
	}
	if err != nil {
		return base
	}
	convertColors(reflect.ValueOf(&cfg).Elem(), p)
	return cfg
}

// convertColors walks a glamour style struct and converts the Color and
// BackgroundColor fields in place.
func convertColors(v reflect.Value, p termenv.Profile) {
	switch v.Kind() {
	case reflect.Ptr:
		if !v.IsNil() {
			convertColors(v.Elem(), p)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			name := t.Field(i).Name
			if (name == "Color" || name == "BackgroundColor") && f.Kind() == reflect.Ptr &&
				f.Type().Elem().Kind() == reflect.String {
				if f.IsNil() {
					continue
				}
				nc := convertColor(p, f.Elem().String())
				if nc == "" {
					f.Set(reflect.Zero(f.Type()))
				} else {
					f.Set(reflect.ValueOf(&nc))
				}
				continue
			}
			if f.CanSet() {
				convertColors(f, p)
			}
		}
	}
}
