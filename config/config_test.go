package config_test

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "immune.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExampleIsTheDefaults(t *testing.T) {
	t.Parallel()
	c, err := config.Load("../config.example.toml")
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	d := config.Default()
	if fmt.Sprintf("%+v", c.Bot()) != fmt.Sprintf("%+v", d.Bot()) || c.Telegram != d.Telegram || c.Discord != d.Discord ||
		c.Store != d.Store || c.Log != d.Log || c.HTTP != d.HTTP || c.Policy != d.Policy {
		t.Errorf("config.example.toml differs from the defaults:\n%+v\n%+v", c, d)
	}
}

func TestLoad(t *testing.T) {
	t.Parallel()
	c, err := config.Load(write(t, `
[store]
path = "/data/immune.db"
[policy]
mode = "warn"
lang = "vi"
strike_ttl = "7d"
restrict_for = "90m"
[fanout]
chats = 4
[admin]
operators = ["telegram:12345", "discord:80351110224678912"]
[[brands]]
name = "Example Bank"
domains = ["ExampleBank.com"]
names = ["ExampleBank"]
`))
	if err != nil {
		t.Fatal(err)
	}
	b := c.Bot()
	if c.Store.Path != "/data/immune.db" || b.DefaultMode != "warn" || b.DefaultLang != "vi" || b.StrikeTTL != 7*24*time.Hour ||
		b.RestrictFor != 90*time.Minute || b.FanOutChats != 4 || len(b.Brands) != 1 || b.Brands[0].Names[0] != "examplebank" || b.Brands[0].Domains[0] != "examplebank.com" {
		t.Errorf("loaded %+v", b)
	}
	if len(b.Operators) != 2 || b.Operators[1] != (bot.AccountKey{Platform: bot.Discord, User: "80351110224678912"}) {
		t.Errorf("operators %v", b.Operators)
	}
	if b.StrikesToRestrict != 3 || c.Telegram.APIURL != "https://api.telegram.org" {
		t.Errorf("defaults lost: %+v %+v", b, c.Telegram)
	}
}

func TestBadConfigNamesKeyAndLine(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, text, want string }{
		{"unknown key", "[policy]\nmode = \"warn\"\nmod = \"x\"\n", ":3: unknown key policy.mod"},
		{"unknown table", "[polcy]\nmode = \"warn\"\n", ":1: unknown key polcy"},
		{"bad mode", "[policy]\n\nmode = \"nuke\"\n", `:3: policy.mode: unknown mode "nuke" (want off, warn or delete)`},
		{"bad duration", "[fanout]\nwindow = \"ten minutes\"\n", `:2:`},
		{"wrong type", "[fanout]\nchats = \"three\"\n", ":2: fanout.chats: want a whole number, not text in quotes"},
		{"a switch written as a boolean", "[expand]\ntimeout = \"5s\"\nenabled = true\n", ":3: expand.enabled: want text in quotes, not true or false"},
		{"a list written as one value", "[expand]\nshorteners = \"a.co\"\n", `:2: expand.shorteners: want a list, such as ["a", "b"], not text in quotes`},
		{"a table written as a value", "expand = 3\n", ":1: expand: want a table ([name] and its keys), not a whole number"},
		{"score order", "[policy]\nwarn_score = 0.9\ndelete_score = 0.5\n", ":3: policy.delete_score = 0.5"},
		{"bad url", "[telegram]\napi_url = \"ftp://x\"\n", `:2: telegram.api_url = "ftp://x": want an http or https URL`},
		{"webhook needs https", "[telegram]\nwebhook_url = \"http://bot.example\"\n", ":2: telegram.webhook_url"},
		{"shards", "[discord]\nshard_id = 2\nshard_count = 2\n", ":2: discord.shard_id = 2 with shard_count = 2"},
		{"offenders kept shorter than strikes", "[store]\noffender_retention = \"7d\"\n", ":2: store.offender_retention = 7d: want at least policy.strike_ttl"},
		{"outbox kept too briefly", "[store]\n\noutbox_retention = \"1d\"\n", ":3: store.outbox_retention = 1d"},
		{"mute past Telegram's bound", "[policy]\nrestrict_for = \"400d\"\n", `:2: policy.restrict_for = 400d: want at most "366d" (Telegram takes a longer mute for one forever)`},
		{"no flood", "[policy]\nflood_notices = 1\n", ":2: policy.flood_notices = 1: want 2 to 100"},
		{"compromised ttl", "[policy]\ncompromised_ttl = \"1m\"\n", ":2: policy.compromised_ttl"},
		// TOML's nan compares false with every bound: it passed, and no score ever reached it
		{"warn score nan", "[policy]\nwarn_score = nan\n", `:2: policy.warn_score = NaN: want a number above 0 and at most 1`},
		{"delete score nan", "[policy]\ndelete_score = nan\n", `:2: policy.delete_score = NaN: want a number from warn_score`},
		{"listen address", "[http]\nlisten = \"nonsense\"\n", `:2: http.listen = "nonsense": want host:port, such as "127.0.0.1:9090"`},
		{"listen port", "[http]\nlisten = \":99999\"\n", `:2: http.listen = ":99999": want host:port`},
		{"webhook listen address", "[telegram]\nwebhook_url = \"https://x.example/hook\"\nlisten = \"8443\"\n", `:3: telegram.listen = "8443": want host:port, such as ":8443"`},
		{"no shards", "[discord]\nshard_count = 0\n", `:2: discord.shard_count = 0: want 1 to 16384`},
		// a digit too many is a slip: Discord asks for a shard a 2,500 servers
		{"shards past the bound", "[discord]\nshard_id = 3\nshard_count = 1000000\n", `:3: discord.shard_count = 1000000: want 1 to 16384`},
		{"negative shard", "[discord]\nshard_count = 4\nshard_id = -1\n", `:3: discord.shard_id = -1 with shard_count = 4: want 0 <= shard_id < shard_count`},
		// a digit too many is a slip, not a policy
		{"strikes past the bound", "[policy]\nmode = \"warn\"\nstrikes_to_restrict = 30000\n", `:3: policy.strikes_to_restrict = 30000: want 1 to 100`},
		{"strike ttl past a year", "[policy]\nstrike_ttl = \"3000d\"\n", `:2: policy.strike_ttl = 3000d: want a positive duration up to "366d"`},
		{"compromised ttl past a year", "[policy]\ncompromised_ttl = \"400d\"\n", `:2: policy.compromised_ttl = 400d: want "1h" to "366d"`},
		{"new member window past a year", "[policy]\nnew_member_window = \"500d\"\n", `:2: policy.new_member_window = 500d: want zero or a positive duration up to "366d"`},
		{"fanout chats past the bound", "[fanout]\nchats = 1000\n", `:2: fanout.chats = 1000: want 2 to 100`},
		{"fanout window past a day", "[fanout]\nwindow = \"48h\"\nsweep_window = \"48h\"\n", `:2: fanout.window = 2d: want a positive duration up to "1d"`},
		{"sweep window past a week", "[fanout]\nsweep_window = \"30d\"\n", `:2: fanout.sweep_window = 30d: want at most "7d"`},
		{"flood notices past the bound", "[policy]\nflood_notices = 5000\n", `:2: policy.flood_notices = 5000: want 2 to 100`},
		{"notice ttl past a day", "[policy]\nnotice_ttl = \"30d\"\n", `:2: policy.notice_ttl = 30d: want "1m" to "1d"`},
		{"audit kept a century", "[store]\naudit_retention = \"36500d\"\n", `:2: store.audit_retention = 36500d: want at most "3660d" (ten years)`},
		{"admin cache past a day", "[telegram]\nadmin_cache = \"30d\"\n", `:2: telegram.admin_cache = 30d: want zero or a positive duration up to "1d"`},
		{"discord call timeout past the bound", "[discord]\ncall_timeout = \"2h\"\n", `:2: discord.call_timeout = 2h: want a duration from 1s to 10m`},
		{"expansion cache past a month", "[expand]\ncache_ttl = \"365d\"\n", `:2: expand.cache_ttl = 365d: want "1m" to "30d"`},
		{"feeds timeout past an hour", "[feeds]\ntimeout = \"5h\"\n", `:2: feeds.timeout = 5h: want "1s" to "1h"`},
		// the bot's token never sits in the file, not even in a URL
		{"webhook token in the path", "[telegram]\nwebhook_url = \"https://example.org/bot123456:ABC-DEF/hook\"\n", `:2: telegram.webhook_url = the URL holds a bot token in its path: a secret never sits in the file; Telegram proves each update with IMMUNE_TELEGRAM_WEBHOOK_SECRET`},
		{"webhook token as the path", "[telegram]\nwebhook_url = \"https://example.org/123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\"\n", `:2: telegram.webhook_url = the URL holds a bot token in its path`},
		{"webhook token in the query", "[telegram]\nwebhook_url = \"https://example.org/hook?token=abc\"\n", `:2: telegram.webhook_url = the URL holds a secret in its query (token=): a secret never sits in the file`},
		{"webhook password", "[telegram]\nwebhook_url = \"https://u:p@example.org/hook\"\n", `:2: telegram.webhook_url = the URL holds a password`},
		{"a directory for a list file", "[feeds]\nfiles = [\".\"]\n", `:2: feeds.files = ".": is a directory: want a list file`},
		{"missing feed", "[feeds]\nfiles = [\"/no/such/list.txt\"]\n", `:2: feeds.files = "/no/such/list.txt"`},
		{"log level", "[log]\nlevel = \"loud\"\n", `:2: log.level = "loud"`},
		{"brand without domain", "[[brands]]\nname = \"X\"\n", ":1: brands[0]"},
		{"second brand", "[[brands]]\nname = \"A\"\ndomains = [\"a.com\"]\n\n[[brands]]\nname = \"B\"\ndomains = [\"b .com\"]\n", `:7: brands[1].domains`},
		{"brand with a bad domain", "[[brands]]\nname = \"X\"\ndomains = [\"not a domain\"]\n", `:3: brands[0].domains = "not a domain"`},
		{"brand with a bad name", "[[brands]]\nname = \"X\"\ndomains = [\"x.com\"]\nnames = [\"x-bank!\"]\n", `:4: brands[0].names = "x-bank!"`},
		// a broken table header stands on its own line (the parser counts
		// the line end it stopped at as the next), named by no other table
		{"syntax", "[policy\nmode = 1\n", ":1: expected '.' or ']' to end table name, but got the end of the line instead"},
		{"syntax, Windows line ends", "[policy\r\nmode = 1\r\n", ":1: expected '.' or ']' to end table name, but got the end of the line instead"},
		{"broken header after a table", "[telegram]\napi_url = \"http://x.example\"\n[policy\nmode = \"warn\"\n", ":3: expected '.' or ']'"},
		{"value not in quotes", "[policy]\nmode = warn\n", `:2: policy.mode: expected value but found "warn" instead`},
		{"feed without url", "[[feeds.remote]]\nname = \"a\"\n", `:1: feeds.remote[0].url = "" (not set): want the http or https URL`},
		{"feed format", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt\"\nformat = \"csv\"\n", `:4: feeds.remote[0].format = "csv": unknown format`},
		{"feed list", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt\"\nlist = \"deny\"\n", `:4: feeds.remote[0].list = "deny": want block or allow`},
		{"feed refresh", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt\"\nrefresh = \"30s\"\n", `:4: feeds.remote[0].refresh = 30s: want at least "5m"`},
		{"feed name", "[[feeds.remote]]\nname = \"a/b\"\nurl = \"https://x.example/l.txt\"\n", `:2: feeds.remote[0].name = "a/b"`},
		{"feed key not in the environment", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt?key=${IMMUNE_TEST_UNSET_FEED_KEY}\"\n",
			`:3: feeds.remote[0].url = "https://x.example/l.txt?key=${IMMUNE_TEST_UNSET_FEED_KEY}": $IMMUNE_TEST_UNSET_FEED_KEY not set in the environment`},
		// a size whose bytes overflow: it fell back to 64 MiB, or to none
		{"feeds size past any bound", "[feeds]\nmax_size_mb = 9223372036854775807\n", `:2: feeds.max_size_mb = 9223372036854775807: want 1 to 4096 (MiB)`},
		{"feed size past any bound", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt\"\nmax_size_mb = 99999999999999\n", `:4: feeds.remote[0].max_size_mb = 99999999999999: want 0 (feeds.max_size_mb) to 4096 (MiB)`},
		{"second feed, same name", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/1\"\n[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/2\"\n", `:5: feeds.remote[1].name = "a": another feed`},
		{"store driver", "[store]\ndriver = \"sqlite\"\n", `:2: store.driver = "sqlite": want bbolt`},
		{"store url scheme", "[store]\ndriver = \"postgres\"\nurl = \"mysql://db/immune\"\n", `:3: store.url = want a URL such as`},
		{"store url password", "[store]\ndriver = \"postgres\"\nurl = \"postgres://immune:hunter2@db/immune\"\n", `:3: store.url = the URL holds a password: set the whole URL in IMMUNE_STORE_URL`},
		{"feed key typo", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/1\"\nrefesh = \"1h\"\n", `:4: unknown key feeds.remote.refesh`},
		{"operator without platform", "[admin]\noperators = [\"12345\"]\n", `:2: admin.operators = "12345": want "telegram:ID"`},
		{"operator by name", "[admin]\n\noperators = [\"telegram:@boss\"]\n", `:3: admin.operators = "telegram:@boss"`},
		{"expand enabled", "[expand]\nenabled = \"yes\"\n", `:2: expand.enabled = "yes"`},
		{"expand redirects", "[expand]\nmax_redirects = 9\n", `:2: expand.max_redirects = 9: want 1 to 5`},
		{"expand shortener", "[expand]\nshorteners = [\"not a domain\"]\n", `:2: expand.shorteners = "not a domain"`},
		{"expand user agent", "[expand]\nuser_agent = \"Mozilla/5.0\\r\\nX-Evil: 1\"\n", `:2: expand.user_agent = "Mozilla/5.0\r\nX-Evil: 1": want one line`},
		{"brand name too short", "[[brands]]\nname = \"X\"\ndomains = [\"x.com\"]\nnames = [\"xb\"]\n", `:4: brands[0].names = "xb": want a word of 3 or more letters`},
		// a misspelt key is answered with the key it looks like
		{"misspelt key", "[policy]\nstrike_to_restrict = 5\n", `:2: unknown key policy.strike_to_restrict (did you mean policy.strikes_to_restrict?)`},
		{"misspelt table", "[polcy]\nmode = \"warn\"\n", `:1: unknown key polcy (did you mean policy?)`},
		{"letters swapped", "[polciy]\nmode = \"warn\"\n", `:1: unknown key polciy (did you mean policy?)`},
		{"key in the wrong table", "[policy]\nchats = 4\n", `:2: unknown key policy.chats (did you mean fanout.chats?)`},
		{"misspelt feed key", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/1\"\nrefesh = \"1h\"\n", `:4: unknown key feeds.remote.refesh (did you mean feeds.remote.refresh?)`},
		// a secret written in the file is refused with where it goes instead
		{"telegram token in the file", "[telegram]\ntoken = \"123:abc\"\n", `:2: unknown key telegram.token: secrets are never read from the file; set IMMUNE_TELEGRAM_TOKEN in the environment`},
		{"discord token in the file", "[discord]\n\nbot_token = \"xyz\"\n", `:3: unknown key discord.bot_token: secrets are never read from the file; set IMMUNE_DISCORD_TOKEN in the environment`},
		{"webhook secret in the file", "[telegram]\nwebhook_secret = \"s\"\n", `:2: unknown key telegram.webhook_secret: secrets are never read from the file; set IMMUNE_TELEGRAM_WEBHOOK_SECRET in the environment`},
		{"store password in the file", "[store]\npassword = \"s\"\n", `:2: unknown key store.password: secrets are never read from the file; set IMMUNE_STORE_URL in the environment`},
		{"feed key in the file", "[[feeds.remote]]\nname = \"a\"\nurl = \"https://x.example/1\"\napi_key = \"s\"\n", `:4: unknown key feeds.remote.api_key: secrets are never read from the file; write a feed's key into its url as ${VAR}`},
		{"backup token in the file", "[http]\ntoken = \"s\"\n", `:2: unknown key http.token: secrets are never read from the file; set IMMUNE_BACKUP_TOKEN in the environment`},
		// a key left at its default that a key the file sets makes wrong
		// stands where that key is set, named as not set, with durations
		// as the file writes them (it stood at line 0, as "4320h0m0s")
		{"strikes kept longer than offenders", "[policy]\nstrike_ttl = \"400d\"\n",
			`:2: store.offender_retention = 180d (not set): want at least policy.strike_ttl (400d) and policy.restrict_for (1d)`},
		{"sweep shorter than the window", "[fanout]\n\nwindow = \"3h\"\n", `:3: fanout.sweep_window = 1h (not set): want at least fanout.window (3h)`},
		{"warn score above the default delete score", "[policy]\nwarn_score = 0.9\n", `:2: policy.delete_score = 0.8 (not set): want a number from warn_score (0.9) to 1`},
		{"shard past the default count", "[discord]\nshard_id = 1\n", `:2: discord.shard_id = 1 with shard_count = 1`},
		// a brand says what it lacks
		{"brand without domains", "[[brands]]\nname = \"Acme\"\nnames = [\"acme\"]\n", `:1: brands[0].domains = [] (not set): want the brand's own domains, such as domains = ["examplebank.com"]`},
		{"brand without a name", "[[brands]]\ndomains = [\"acme.com\"]\n", `:1: brands[0].name = "" (not set): want the brand's name, such as name = "Example Bank"`},
		// a table or key written twice, in plain words
		{"table twice", "[policy]\nmode = \"warn\"\n[policy]\nlang = \"vi\"\n", `:3: [policy] stands twice: write each table once`},
		{"key twice", "[policy]\nmode = \"warn\"\nmode = \"off\"\n", `:3: policy.mode is set twice: keep one of the two`},
		// the line is found however the file writes the key
		{"byte order mark", "\ufeff[policy]\nmode = \"nuke\"\n", `:2: policy.mode: unknown mode "nuke"`},
		{"byte order mark, unknown key", "\ufeff[policy]\nmod = \"warn\"\n", `:2: unknown key policy.mod`},
		{"capitals", "[Policy]\nMode = \"nuke\"\n", `:2: policy.mode: unknown mode "nuke"`},
		{"spaced dotted key", "policy . mode = \"nuke\"\n", `:1: policy.mode: unknown mode "nuke"`},
		{"capitals in an array of tables", "[[Feeds.Remote]]\nname = \"a\"\nurl = \"https://x.example/l.txt\"\nRefresh = \"30s\"\n", `:4: feeds.remote[0].refresh = 30s`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, err := config.Load(write(t, c.text))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want it to contain %q", err, c.want)
			}
			if err != nil && strings.Contains(err.Error(), ":0:") {
				t.Errorf("error %v names line 0", err)
			}
			if err != nil && strings.Contains(err.Error(), "123:abc") {
				t.Errorf("error %v shows a secret written in the file", err)
			}
		})
	}
}

// TestUnknownKeyWithNothingAlike holds that a key like none the file
// may set is refused without a guess.
func TestUnknownKeyWithNothingAlike(t *testing.T) {
	t.Parallel()
	_, err := config.Load(write(t, "[policy]\nfrobnicate = 1\nname = \"x\"\n"))
	if err == nil || !strings.Contains(err.Error(), ":2: unknown key policy.frobnicate") || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("error %v", err)
	}
}

func TestStoreURLPasswordIsNeverPrinted(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"postgres://immune:hunter2@db/immune", "postgres://db/immune?password=hunter2"} {
		_, err := config.Load(write(t, "[store]\ndriver = \"postgres\"\nurl = \""+u+"\"\n"))
		if err == nil || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%s: %v", u, err)
		}
	}
	c, err := config.Load(write(t, "[store]\ndriver = \"postgres\"\nurl = \"postgres://immune@db:5432/immune?sslmode=verify-full\"\n"))
	if err != nil || c.Store.Driver != config.DriverPostgres {
		t.Errorf("a URL without a password: %+v %v", c.Store, err)
	}
}

func TestSecretsAreNeverPrinted(t *testing.T) {
	t.Setenv(config.EnvTelegramToken, "123456789:AAsecretsecretsecret")
	s := config.ReadSecrets()
	if !s.TelegramToken.Set() || s.TelegramToken.Reveal() != "123456789:AAsecretsecretsecret" {
		t.Fatal("token not read")
	}
	var b strings.Builder
	log := slog.New(slog.NewJSONHandler(&b, nil))
	log.Info("starting", "token", s.TelegramToken, "secrets", s)
	fmt.Fprintf(&b, "%v %+v %#v %s", s, s, s, s.TelegramToken)
	if strings.Contains(b.String(), "AAsecret") {
		t.Errorf("a secret leaked: %s", b.String())
	}
	if s.DiscordToken.Set() {
		t.Error("discord token set from nowhere")
	}
}

func TestFeedsConfig(t *testing.T) {
	t.Setenv("IMMUNE_TEST_FEED_KEY", "k3y")
	dir := t.TempDir()
	c, err := config.Load(write(t, `
[store]
path = "`+dir+`/immune.db"
[feeds]
[[feeds.remote]]
name = "discord-antiscam"
url = "https://feeds.example/list.txt"
[[feeds.remote]]
name = "urlhaus"
url = "https://feeds.example/csv?key=${IMMUNE_TEST_FEED_KEY}"
format = "urlhaus-csv"
refresh = "30m"
max_size_mb = 8
[[feeds.remote]]
name = "metamask-allow"
url = "https://feeds.example/config.json"
format = "metamask"
list = "allow"
[expand]
user_agent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Expand.UserAgent != "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" {
		t.Errorf("expand.user_agent %q", c.Expand.UserAgent)
	}
	src := c.Sources()
	if len(src) != 3 {
		t.Fatalf("sources %+v", src)
	}
	if s := src[0]; s.Format != "domains" || s.List != "block" || s.Refresh != time.Hour || s.MaxBytes != 0 {
		t.Errorf("defaults: %+v", s)
	}
	if s := src[1]; s.URL != "https://feeds.example/csv?key=k3y" || s.Refresh != 30*time.Minute || s.MaxBytes != 8<<20 {
		t.Errorf("urlhaus: %+v", s)
	}
	if c.CacheDir() != filepath.Join(dir, "feeds") {
		t.Errorf("cache dir %s", c.CacheDir())
	}
	d := config.Default()
	if !d.Expand.On("run") || d.Expand.On("scan") || d.Expand.On("check") {
		t.Error("expansion is on in run, off in scan and check by default")
	}
	d.Expand.Enabled = "on"
	if !d.Expand.On("scan") {
		t.Error("expand.enabled = on")
	}
	d.Expand.Enabled = "off"
	if d.Expand.On("run") {
		t.Error("expand.enabled = off")
	}
}

// TestExampleFeedsLoad uncomments the public feeds of config.example.toml
// (not the template that shows every key): each is a valid
// [[feeds.remote]] table.
func TestExampleFeedsLoad(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	var out, block []string
	flush := func() {
		if !strings.Contains(strings.Join(block, "\n"), `"https://..."`) {
			for i := range block {
				block[i] = strings.TrimPrefix(block[i], "# ")
			}
		}
		out = append(out, block...)
		block = nil
	}
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case l == "# [[feeds.remote]]" || len(block) > 0 && strings.HasPrefix(l, "# "):
			block = append(block, l)
		default:
			flush()
			out = append(out, l)
		}
	}
	flush()
	c, err := config.Load(write(t, strings.Join(out, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range c.Sources() {
		names = append(names, s.Name+":"+string(s.Format))
	}
	if got := strings.Join(names, " "); got != "chongluadao:domains discord-antiscam:domains urlhaus:urlhaus-csv phishing-database:domains metamask:metamask" {
		t.Errorf("feeds: %s", got)
	}
}

// TestScaleOutConfigs loads the configs of the compose.yaml recipe: both
// on PostgreSQL, webhook replicas, one Discord shard each, the same policy.
func TestScaleOutConfigs(t *testing.T) {
	t.Parallel()
	var cs []config.Config
	for i := 1; i <= 2; i++ {
		c, err := config.Load(fmt.Sprintf("../deploy/scale-out/immune-%d.toml", i))
		if err != nil {
			t.Fatal(err)
		}
		if c.Store.Driver != config.DriverPostgres || c.Store.URL != "" || c.Telegram.WebhookURL == "" ||
			c.Discord.ShardID != i-1 || c.Discord.ShardCount != 2 {
			t.Errorf("immune-%d.toml: %+v %+v %+v", i, c.Store, c.Telegram, c.Discord)
		}
		cs = append(cs, c)
	}
	if fmt.Sprintf("%+v", cs[0].Bot()) != fmt.Sprintf("%+v", cs[1].Bot()) {
		t.Error("the two processes judge by different policies")
	}
}

// TestWebhookURLHoldsNoToken: a webhook URL in the file that holds a
// secret is refused with the key, the line and the variable to use, and
// the message repeats none of it: the bot's own token (from
// IMMUNE_TELEGRAM_TOKEN) anywhere in the URL, or a bot token in its path,
// however it is escaped. A URL without one, even with numbers and colons
// in its path, is taken.
func TestWebhookURLHoldsNoToken(t *testing.T) {
	const token = "987654321:AAF-secretPartOfTheToken_xyz"
	t.Setenv(config.EnvTelegramToken, token)
	for _, tc := range []struct{ name, url, want string }{
		{"the token under another name", "https://example.org/hook?id=" + token, ":4: telegram.webhook_url = the URL holds the bot's token: a secret never sits in the file"},
		{"the token escaped in the path", "https://example.org/bot987654321%3AAAF-secretPartOfTheToken_xyz", ":4: telegram.webhook_url = the URL holds a bot token in its path"},
		{"another bot's token", "https://example.org/tg/bot42:XYZ_secretish/", ":4: telegram.webhook_url = the URL holds a bot token in its path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := config.Load(write(t, "[store]\npath = \"x.db\"\n[telegram]\nwebhook_url = \""+tc.url+"\"\n"))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), config.EnvTelegramToken) {
				t.Fatalf("error %v, want it to contain %q and name %s", err, tc.want, config.EnvTelegramToken)
			}
			if strings.Contains(err.Error(), "secretPart") || strings.Contains(err.Error(), "secretish") {
				t.Errorf("error %v repeats the secret", err)
			}
		})
	}
	for _, ok := range []string{"https://example.org/telegram", "https://example.org/v1/hooks/12:30", "https://example.org/hook?chat=42"} {
		if _, err := config.Load(write(t, "[telegram]\nwebhook_url = \""+ok+"\"\n")); err != nil {
			t.Errorf("webhook_url = %q: %v", ok, err)
		}
	}
}
