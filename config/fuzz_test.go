package config_test

import (
	"github.com/immunebot/immune/config"

	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzLoad feeds Load any file: it never panics; an error names the file
// on every line; and a file it accepts gives the engine a config the
// engine accepts, so a bot that starts never fails on its config later.
func FuzzLoad(f *testing.F) {
	example, err := os.ReadFile("../config.example.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(example))
	for _, s := range []string{
		"",
		"[policy]\nmode = \"loud\"\n",
		"[policy]\nstrike_ttl = \"-1s\"\nwarn_score = 2\n",
		"[store]\npath = 3\n",
		"[[brands]]\nname = \"X\"\ndomains = [\"x.com\"]\n[[brands]]\nname = \"\"\n",
		"[fanout]\nchats = 1\nwindow = \"10m\"\nsweep_window = \"1m\"\n",
		"[policy]\nrestrict_for = \"100000d\"\n",
		"[policy]\nstrike_ttl = \"1e300d\"\nrestrict_for = \"NaNd\"\n",
		"[[feeds.remote]]\nname = \"a\"\nurl = \"ftp://x\"\n",
		"[telegram\n",
		"key = \"value\" # comment\n[unknown]\nx = 1\n",
		"[policy]\nstrike_ttl = \"9223372036854775807ns\"\n",
		"[http]\nlisten = \"127.0.0.1:99999\"\n",
		"\xff\xfe[store]\n",
		strings.Repeat("[a]\n", 200),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(t.TempDir(), "immune.toml")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		var c config.Config
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			c, err = config.Load(path)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Load has not returned after 10s on %q", text)
		}
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, path+":") {
					t.Fatalf("error line %q does not start with the file", line)
				}
			}
			return
		}
		bc := c.Bot()
		if err := bc.Validate(); err != nil {
			t.Fatalf("Load accepted a config the engine refuses: %v\n%s", err, text)
		}
	})
}
