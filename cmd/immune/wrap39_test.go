package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
)

// TestScanWrappedLinks: immune scan judges a link through a big site's
// redirector or proxy where it leads: a blocked site behind Outlook's
// Safe Links is deleted and says so in the listed reason and where the
// link leads, a scam behind Google's redirect is deleted, and a benign
// page behind Facebook's link shim or read through Google Translate is
// allowed.
func TestScanWrappedLinks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	block := filepath.Join(dir, "block.txt")
	if err := os.WriteFile(block, []byte("operator-blocked.net\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "immune.toml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\npath = %q\n[feeds]\nfiles = [%q]\n", filepath.Join(dir, "immune.db"), block)), 0o600); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	in := line("a", "g1", "u1", t0, "see https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Foperator-blocked.net%2Fx&data=05%7C02&sdata=x&reserved=0") +
		line("b", "g1", "u2", t0, "your account is on hold, verify here https://www.google.com/url?q=https%3A%2F%2Fpaypal-verify-account.top%2Flogin&sa=D&usg=AOvVaw") +
		line("c", "g1", "u3", t0, "the issue https://l.facebook.com/l.php?u=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo%2Fissues%2F61405&h=AT0x") +
		line("d", "g1", "u4", t0, "bài này https://vnexpress-net.translate.goog/thoi-su?_x_tr_sl=vi&_x_tr_tl=en&_x_tr_hl=en")
	code, out, errs := immune(t, in, "scan", "-config", cfg)
	if code != 0 {
		t.Fatalf("scan: %d %s", code, errs)
	}
	var got []replay.Output
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var o replay.Output
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		got = append(got, o)
	}
	want := []bot.Level{bot.Delete, bot.Delete, bot.Allow, bot.Allow}
	if len(got) != len(want) {
		t.Fatalf("decisions: %s", out)
	}
	for i, o := range got {
		if o.Verdict != want[i] {
			t.Errorf("%s: %s, want %s (%s)", o.ID, o.Verdict, want[i], out)
		}
	}
	details := func(o replay.Output) string {
		var ds []string
		for _, r := range o.Reasons {
			ds = append(ds, r.Detail)
		}
		return strings.Join(ds, "; ")
	}
	if d := details(got[0]); !strings.Contains(d, "operator-blocked[.]net is on the block list (operator-blocked[.]net)") ||
		!strings.Contains(d, "the link opens operator-blocked[.]net through Outlook's redirect") {
		t.Errorf("a: %s", d)
	}
	if d := details(got[1]); !strings.Contains(d, "the link opens paypal-verify-account[.]top through Google's redirect") {
		t.Errorf("b: %s", d)
	}
}
