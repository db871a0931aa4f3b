package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/byline/byline/ui"
	"github.com/byline/byline/ui/config"
)

// loadConfig reads the configuration file and checks it against the
// UI's actions, colour names and palettes. Problems come back as lines
// "file:line: problem"; the settings are usable whatever they say.
func loadConfig() (config.Config, []string) {
	path := config.Path()
	cfg, probs := config.Load(path)
	data, _ := os.ReadFile(path)
	probs = append(probs, cfg.Check(path, data, ui.ActionNames(), ui.ColorNames(), ui.PaletteNames())...)
	slices.SortStableFunc(probs, func(a, b config.Problem) int { return a.Line - b.Line })
	if !slices.Contains(config.Themes, cfg.Theme) && !slices.Contains(ui.PaletteNames(), cfg.Theme) {
		cfg.Theme = "auto"
	}
	lines := make([]string, 0, len(probs))
	for _, p := range probs {
		lines = append(lines, p.String())
	}
	return cfg, lines
}

// readerSettings returns the theme the reader uses (--theme when given,
// else the config's), the settings, and the notice to show for the
// config's problems, which are also printed on stderr.
func readerSettings(cmd *cobra.Command) (string, config.Config, string, error) {
	theme, _ := cmd.Flags().GetString("theme")
	themes := append(slices.Clone(config.Themes), ui.PaletteNames()...)
	if !slices.Contains(themes, theme) {
		return "", config.Config{}, "", fmt.Errorf("unknown --theme %q: use one of %s", theme, strings.Join(themes, ", "))
	}
	if !cmd.Flags().Changed("theme") {
		theme = "" // the config's
	}
	cfg, probs := loadConfig()
	for _, p := range probs {
		fmt.Fprintln(cmd.ErrOrStderr(), "byline:", p)
	}
	notice := ""
	if len(probs) > 0 {
		notice = probs[0]
		if len(probs) > 1 {
			notice += fmt.Sprintf(" (and %d more: byline config show)", len(probs)-1)
		}
	}
	return theme, cfg, notice, nil
}

// configTemplate is written by `byline config edit` when there is no file.
const configTemplate = `# byline's settings. Every line is optional; byline config show prints
# the settings in effect.

# auto, dark, light, or a palette: %s
# theme = "auto"

# The widest the article's text is wrapped, in columns (0: the pane's width).
# width = 100

# The command that opens links (the URL is added as its last argument);
# empty: $BROWSER, else xdg-open or open.
# opener = ""

# OSC 8 hyperlinks for links in the text.
# hyperlinks = true

# Entity highlighting (people, places, organisations) when byline starts.
# entities = true

# Stance rows under quotes.
# stance = true

# Refresh the feeds every so often while byline runs ("30m"; "0" never).
# refresh = "0"

# The format of a copied citation (y).
# cite_format = ""

# [keys]  rebinds an action (names as in the help, ?) to a key or keys:
# quit = "q"
# next-quote = ["]", "ctrl+n"]

# [colors]  sets a colour ("#RRGGBB" or 0-255) for: %s
# quote = "#E0C27A"
`

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show, check or edit the configuration file",
		Long: "byline reads its settings from $XDG_CONFIG_HOME/byline/config.toml (~/.config/byline/config.toml).\n" +
			"A file with a mistake is reported, one line per problem, and byline starts with the defaults.",
	}
	path := &cobra.Command{
		Use:   "path",
		Short: "Print the configuration file's path",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), config.Path())
		},
	}
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the settings in effect, and the file's problems on stderr",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, probs := loadConfig()
			s, err := cfg.Encode()
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), s)
			if len(cfg.Keys) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "\n# actions [keys] can rebind:", strings.Join(ui.ActionNames(), ", "))
			}
			return reportProblems(cmd.ErrOrStderr(), probs)
		},
	}
	edit := &cobra.Command{
		Use:   "edit",
		Short: "Open the configuration file in $VISUAL or $EDITOR, then check it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p := config.Path()
			if _, err := os.Stat(p); os.IsNotExist(err) {
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					return err
				}
				body := fmt.Sprintf(configTemplate, strings.Join(ui.PaletteNames(), ", "), strings.Join(ui.ColorNames(), ", "))
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					return err
				}
			}
			editor := firstNonEmpty(os.Getenv("VISUAL"), os.Getenv("EDITOR"), "vi")
			args := strings.Fields(editor)
			c := exec.CommandContext(cmd.Context(), args[0], append(args[1:], p)...)
			c.Stdin, c.Stdout, c.Stderr = os.Stdin, cmd.OutOrStdout(), cmd.ErrOrStderr()
			if err := c.Run(); err != nil {
				return fmt.Errorf("editor %s: %w", editor, err)
			}
			_, probs := loadConfig()
			return reportProblems(cmd.ErrOrStderr(), probs)
		},
	}
	cmd.AddCommand(path, show, edit)
	return cmd
}

// reportProblems prints the configuration's problems and fails when there
// are any.
func reportProblems(w io.Writer, probs []string) error {
	for _, p := range probs {
		fmt.Fprintln(w, p)
	}
	if len(probs) > 0 {
		return exitError{1}
	}
	return nil
}
