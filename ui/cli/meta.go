package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/byline/byline/reader"
)

// versionString returns byline's version: the one set with -ldflags when
// there is one, else the module version from the build information (set
// by go install module@version), with the VCS revision when the binary
// was built from a checkout.
func versionString(set string, info *debug.BuildInfo, ok bool) string {
	v := set
	if v == "" || v == "dev" {
		v = "dev"
		if ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		if ok {
			var rev, modified string
			for _, s := range info.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.modified":
					modified = s.Value
				}
			}
			if len(rev) > 12 {
				rev = rev[:12]
			}
			if rev != "" {
				if modified == "true" {
					rev += "-dirty"
				}
				v += " (" + rev + ")"
			}
		}
	}
	return fmt.Sprintf("%s, analyzer v%d", v, reader.AnalyzerVersion)
}

// buildVersion returns the running binary's versionString.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	return versionString(version, info, ok)
}

// addMetaCommands adds --version, the man and config commands, and says
// in --theme's help that palettes and the config are known.
func addMetaCommands(root *cobra.Command) {
	root.Version = buildVersion()
	root.SetVersionTemplate("byline {{.Version}}\n")
	if f := root.Flags().Lookup("theme"); f != nil {
		f.Usage = "colour theme: auto, dark, light or a palette (default: the config's theme, else auto)"
	}
	root.AddCommand(newManCmd(), newConfigCmd())
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print byline's version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), "byline", buildVersion())
		},
	}
}

func newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print byline's manual page (roff) on stdout",
		Long: "Print byline's manual page in roff on stdout, made from its commands and flags:\n" +
			"  byline man > ~/.local/share/man/man1/byline.1\n" +
			"  byline man | man -l -",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeMan(cmd.OutOrStdout(), cmd.Root(), time.Now())
		},
	}
}

// manFiles and manEnv are the FILES and ENVIRONMENT sections of the manual.
var (
	manFiles = [][2]string{
		{"$XDG_CONFIG_HOME/byline/config.toml", "Settings, keys and colours; see byline config."},
		{"$XDG_DATA_HOME/byline/byline.db", "The article store (SQLite)."},
	}
	manEnv = [][2]string{
		{"BYLINE_DB", "The article store's path, when --db is not given."},
		{"XDG_CONFIG_HOME, XDG_DATA_HOME", "Where the configuration and the store are kept (default ~/.config and ~/.local/share)."},
		{"BROWSER", "The program that opens links, unless the configuration names an opener."},
		{"NO_COLOR", "When set, byline uses no colour; selections and highlights are shown with bold, underline and reverse."},
	}
)

// writeMan writes a manual page in roff for root and its subcommands.
func writeMan(w io.Writer, root *cobra.Command, now time.Time) error {
	var b strings.Builder
	name := root.Name()
	fmt.Fprintf(&b, ".TH %s 1 %q %q %q\n", strings.ToUpper(name), now.Format("2006-01-02"), name+" "+strings.SplitN(buildVersion(), ",", 2)[0], "User Commands")
	b.WriteString(".SH NAME\n")
	fmt.Fprintf(&b, "%s \\- %s\n", name, roff(root.Short))
	b.WriteString(".SH SYNOPSIS\n")
	fmt.Fprintf(&b, ".B %s\n%s\n", name, roff(strings.TrimPrefix(root.Use, name+" ")))
	b.WriteString(".br\n")
	fmt.Fprintf(&b, ".B %s\n\\fICOMMAND\\fR [\\fIFLAGS\\fR]\n", name)
	b.WriteString(".SH DESCRIPTION\n")
	fmt.Fprintf(&b, "%s\n", roffText(firstNonEmpty(root.Long, root.Short)))
	b.WriteString(".SH OPTIONS\n")
	manFlags(&b, root.NonInheritedFlags())
	b.WriteString(".SH COMMANDS\n")
	var walk func(prefix string, c *cobra.Command)
	walk = func(prefix string, c *cobra.Command) {
		cmds := c.Commands()
		sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name() < cmds[j].Name() })
		for _, sub := range cmds {
			if !sub.IsAvailableCommand() && sub.Name() != "help" {
				continue
			}
			full := prefix + " " + sub.Name()
			fmt.Fprintf(&b, ".SS \"%s\"\n", roff(prefix+" "+sub.Use))
			fmt.Fprintf(&b, "%s\n", roffText(firstNonEmpty(sub.Long, sub.Short)))
			if fs := sub.NonInheritedFlags(); fs.HasAvailableFlags() {
				b.WriteString(".PP\nOptions:\n")
				manFlags(&b, fs)
			}
			walk(full, sub)
		}
	}
	walk(name, root)
	b.WriteString(".SH SHELL COMPLETION\n")
	fmt.Fprintf(&b, "%s\n", roffText("byline completion bash|zsh|fish|powershell prints a completion script; "+
		"byline completion bash --help says where to put it."))
	b.WriteString(".SH FILES\n")
	manList(&b, manFiles)
	b.WriteString(".SH ENVIRONMENT\n")
	manList(&b, manEnv)
	_, err := io.WriteString(w, b.String())
	return err
}

// manFlags writes a flag set as tagged paragraphs.
func manFlags(b *strings.Builder, fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		b.WriteString(".TP\n")
		if f.Shorthand != "" {
			fmt.Fprintf(b, "\\fB\\-%s\\fR, ", f.Shorthand)
		}
		fmt.Fprintf(b, "\\fB\\-\\-%s\\fR", roff(f.Name))
		if t := f.Value.Type(); t != "bool" {
			fmt.Fprintf(b, " \\fI%s\\fR", roff(t))
		}
		b.WriteString("\n")
		usage := f.Usage
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" && f.DefValue != "0" {
			usage += " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(b, "%s\n", roffText(usage))
	})
}

// manList writes name/description pairs as tagged paragraphs.
func manList(b *strings.Builder, items [][2]string) {
	for _, it := range items {
		fmt.Fprintf(b, ".TP\n\\fB%s\\fR\n%s\n", roff(it[0]), roffText(it[1]))
	}
}

// roff escapes text for a roff line: backslashes and hyphens.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	return strings.ReplaceAll(s, "-", `\-`)
}

// roffText escapes a paragraph: each line is escaped, lines that would
// start a request are guarded, and blank lines become paragraph breaks.
func roffText(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			lines[i] = ".PP"
		case strings.HasPrefix(l, " "):
			lines[i] = ".br\n\\&" + roff(l)
		case strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'"):
			lines[i] = `\&` + roff(l)
		default:
			lines[i] = roff(l)
		}
	}
	return strings.Join(lines, "\n")
}

// firstNonEmpty returns the first of ss that is not empty.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
