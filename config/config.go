package config

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/feeds"
)

// Config is the whole configuration file.
type Config struct {
	Store    Store    `toml:"store"`
	Log      Log      `toml:"log"`
	Policy   Policy   `toml:"policy"`
	FanOut   FanOut   `toml:"fanout"`
	Feeds    Feeds    `toml:"feeds"`
	Expand   Expand   `toml:"expand"`
	Brands   []Brand  `toml:"brands"`
	Telegram Telegram `toml:"telegram"`
	Discord  Discord  `toml:"discord"`
	HTTP     HTTP     `toml:"http"`
	Admin    Admin    `toml:"admin"`

	lines keyLines // where each key stands in the file, for errors
}

// Store configures immune's memory: a bbolt file for one process, or a
// PostgreSQL database several processes share.
type Store struct {
	Driver         string   `toml:"driver"`          // "bbolt" or "postgres"
	Path           string   `toml:"path"`            // the bbolt file
	Timeout        Duration `toml:"timeout"`         // how long to wait for the file lock
	AuditRetention Duration `toml:"audit_retention"` // audit entries older than this are pruned
	// URL is the PostgreSQL connection URL, without a password; the
	// environment's IMMUNE_STORE_URL, which may hold one, comes first.
	URL string `toml:"url"`
	// OffenderRetention: an offender record is forgotten this long after
	// the account's last flagged message (unless its compromised mark
	// still holds).
	OffenderRetention Duration `toml:"offender_retention"`
	// FirstLinkRetention: an account that has posted no link this long is
	// forgotten by the first-link signal.
	FirstLinkRetention Duration `toml:"first_link_retention"`
	// OutboxRetention: a task no adapter carried out is dropped this long
	// after it was decided (a platform no longer configured).
	OutboxRetention Duration `toml:"outbox_retention"`
}

// The store drivers.
const (
	DriverBbolt    = "bbolt"
	DriverPostgres = "postgres"
)

// Log configures logging.
type Log struct {
	Level  string `toml:"level"`  // debug, info, warn, error
	Format string `toml:"format"` // text or json
}

// Policy holds the thresholds and defaults of bot.Config.
type Policy struct {
	Mode              string   `toml:"mode"`
	Lang              string   `toml:"lang"`
	WarnScore         float64  `toml:"warn_score"`
	DeleteScore       float64  `toml:"delete_score"`
	StrikesToRestrict int      `toml:"strikes_to_restrict"`
	StrikeTTL         Duration `toml:"strike_ttl"`
	RestrictFor       Duration `toml:"restrict_for"`
	NewMemberWindow   Duration `toml:"new_member_window"`
	Admins            string   `toml:"admins"`
	CompromisedTTL    Duration `toml:"compromised_ttl"` // how long a compromised mark holds
	// NoticeTTL: a notice that could not be sent within this long (an
	// outage, a restart) is dropped; deletes are never dropped so.
	NoticeTTL Duration `toml:"notice_ttl"`
	// FloodNotices: this many notices waiting in one chat go out as one.
	FloodNotices int `toml:"flood_notices"`
}

// FanOut configures hijacked-account detection.
type FanOut struct {
	Chats       int      `toml:"chats"`
	Window      Duration `toml:"window"`
	SweepWindow Duration `toml:"sweep_window"`
}

// Feeds configures the global lists: the operator's block and allow files
// and the remote threat feeds.
type Feeds struct {
	Files      []string `toml:"files"`
	AllowFiles []string `toml:"allow_files"`
	// CacheDir keeps the last good copy of each remote feed; empty means
	// "feeds" beside the store file.
	CacheDir  string       `toml:"cache_dir"`
	Timeout   Duration     `toml:"timeout"`     // bound of one download
	MaxSizeMB int          `toml:"max_size_mb"` // bound of one download's size
	Remote    []RemoteFeed `toml:"remote"`
}

// RemoteFeed is one threat feed downloaded on an interval.
type RemoteFeed struct {
	// Name is shown in reasons ("listed by NAME"), status and metrics.
	Name string `toml:"name"`
	// URL is where the feed is downloaded from; ${VAR} is replaced by the
	// environment variable VAR, for feeds that need a key.
	URL       string   `toml:"url"`
	Format    string   `toml:"format"`      // domains, hosts, urls, urlhaus-csv, metamask or json-array
	List      string   `toml:"list"`        // block or allow
	Refresh   Duration `toml:"refresh"`     // how often it is downloaded again
	MaxSizeMB int      `toml:"max_size_mb"` // zero means feeds.max_size_mb
}

// Expand configures the expansion of shortened links.
type Expand struct {
	// Enabled is "auto" (on in immune run, off in immune scan and immune
	// check), "on" or "off".
	Enabled      string   `toml:"enabled"`
	Timeout      Duration `toml:"timeout"`       // bound of one link's whole expansion
	MaxRedirects int      `toml:"max_redirects"` // redirects followed, at most 5
	CacheTTL     Duration `toml:"cache_ttl"`     // how long an expansion is remembered
	// Shorteners are more domains to expand, beside the built-in list.
	Shorteners []string `toml:"shorteners"`
	// UserAgent is sent with every request; empty means a desktop
	// browser's (expand.DefaultUserAgent), so that a phishing kit that
	// shows bots a harmless page shows the expander what members see.
	UserAgent string `toml:"user_agent"`
}

// On reports whether links are expanded in a command: run expands by
// default, scan and check do not.
func (e Expand) On(command string) bool {
	switch e.Enabled {
	case "on":
		return true
	case "off":
		return false
	}
	return command == "run"
}

// Brand is a protected brand added to the built-in ones.
type Brand struct {
	Name    string   `toml:"name"`
	Domains []string `toml:"domains"`
	Names   []string `toml:"names"`
}

// Telegram configures the Telegram adapter.
type Telegram struct {
	APIURL      string   `toml:"api_url"`     // Bot API server
	WebhookURL  string   `toml:"webhook_url"` // public URL; empty means long polling
	Listen      string   `toml:"listen"`      // webhook listen address
	PollTimeout Duration `toml:"poll_timeout"`
	AdminCache  Duration `toml:"admin_cache"` // how long an admin check is trusted
}

// maxShards bounds discord.shard_count: Discord asks for a shard per
// 2,500 servers, so 16,384 shards serve 40 million servers; a count past
// it is a slip of the keyboard (a digit too many), not a deployment.
const maxShards = 16384

// Discord configures the Discord adapter.
type Discord struct {
	APIURL      string   `toml:"api_url"` // REST base
	ShardID     int      `toml:"shard_id"`
	ShardCount  int      `toml:"shard_count"`
	CallTimeout Duration `toml:"call_timeout"` // bound of one REST call, retries included
}

// HTTP configures the operator endpoint: /healthz, /metrics and /backup.
type HTTP struct {
	Listen string `toml:"listen"` // empty: no endpoint
}

// Admin configures what the bot's operators may do beyond chat admins.
type Admin struct {
	// Operators are the accounts that run the bot, "telegram:ID" or
	// "discord:ID": they alone may press "Block domain everywhere".
	Operators []string `toml:"operators"`
}

// Default returns the configuration with every default.
func Default() Config {
	return Config{
		Store: Store{Driver: DriverBbolt, Path: "immune.db", Timeout: Duration(time.Second), AuditRetention: Duration(90 * 24 * time.Hour),
			OffenderRetention: Duration(180 * 24 * time.Hour), FirstLinkRetention: Duration(180 * 24 * time.Hour),
			OutboxRetention: Duration(15 * 24 * time.Hour)},
		Log: Log{Level: "info", Format: "text"},
		Policy: Policy{Mode: "delete", Lang: "en", WarnScore: 0.5, DeleteScore: 0.8, StrikesToRestrict: 3,
			StrikeTTL: Duration(30 * 24 * time.Hour), RestrictFor: Duration(24 * time.Hour),
			NewMemberWindow: Duration(10 * time.Minute), Admins: "act", CompromisedTTL: Duration(30 * 24 * time.Hour),
			NoticeTTL: Duration(10 * time.Minute), FloodNotices: 3},
		FanOut:   FanOut{Chats: 3, Window: Duration(10 * time.Minute), SweepWindow: Duration(time.Hour)},
		Feeds:    Feeds{Timeout: Duration(time.Minute), MaxSizeMB: 64},
		Expand:   Expand{Enabled: "auto", Timeout: Duration(10 * time.Second), MaxRedirects: 5, CacheTTL: Duration(24 * time.Hour)},
		Telegram: Telegram{APIURL: "https://api.telegram.org", Listen: ":8443", PollTimeout: Duration(50 * time.Second), AdminCache: Duration(5 * time.Minute)},
		Discord:  Discord{APIURL: "https://discord.com", ShardCount: 1, CallTimeout: Duration(30 * time.Second)},
	}
}

var decodeErr = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// typeErr is the TOML library's message for a value of the wrong type.
var typeErr = regexp.MustCompile(`^(?:incompatible types: TOML value has type (\S+); destination has type (\S+)|type mismatch for \S+: expected (\S+) but found (\S+))$`)

// tomlTypeWords name, in an admin's words, the types of values a TOML
// library reports: those of the file's values and those of the keys.
var tomlTypeWords = map[string]string{
	"string": "text in quotes", "bool": "true or false", "int64": "a whole number", "integer": "a whole number",
	"float64": "a decimal number", "float": "a number", "[]any": "a list", "slice": `a list, such as ["a", "b"]`,
	"map[string]any": "a table", "struct": "a table", "map": "a table", "table": "a table ([name] and its keys)",
}

// plainTypeError says what a key wants when the file gives it a value of
// another type ("want text in quotes, not true or false"), instead of the
// library's words for its Go types; other messages are kept.
func plainTypeError(msg string) string {
	m := typeErr.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	got, want := tomlTypeWords[m[1]+m[4]], tomlTypeWords[m[2]+m[3]]
	if got == "" || want == "" {
		return msg
	}
	return "want " + want + ", not " + got
}

// definedTwice is the TOML library's message for a key or table the
// file sets twice.
var definedTwice = regexp.MustCompile(`^Key '([^']*)' has already been defined\.$`)

// plainParseError returns the line of a parse error in text and its
// message in an admin's words: the key it stopped at (not on a table's
// header, where the parser names the table before), a key or table set
// twice, and a line's end as such, \r\n (a file written on Windows)
// included. The line is the one the offending byte stands on: the parser
// counts a line end it did not expect as the next line.
func plainParseError(pe toml.ParseError, text string) (int, string) {
	line := pe.Position.Line
	var cur string
	if start := pe.Position.Start; start >= 0 && start <= len(text) {
		line = 1 + strings.Count(text[:start], "\n")
		begin := strings.LastIndexByte(text[:start], '\n') + 1
		cur, _, _ = strings.Cut(text[begin:], "\n")
	}
	if m := definedTwice.FindStringSubmatch(pe.Message); m != nil {
		if pe.LastKey == "" {
			return line, fmt.Sprintf("[%s] stands twice: write each table once, with all its keys under it", m[1])
		}
		return line, fmt.Sprintf("%s is set twice: keep one of the two", m[1])
	}
	msg := strings.NewReplacer(`'\n'`, "the end of the line", `'\r'`, "the end of the line").Replace(pe.Message)
	if pe.LastKey != "" && !strings.HasPrefix(strings.TrimSpace(cur), "[") {
		msg = pe.LastKey + ": " + msg
	}
	return line, msg
}

// Load reads a configuration file over the defaults and validates it. Each
// problem is one line of the error: the file, the line, the key and what
// is expected.
func Load(path string) (Config, error) {
	c, err := load(path)
	return c, oneLinePerError(err)
}

// oneLinePerError keeps each error of a joined error on one line: a
// parser's message may quote the file's text, line ends included.
func oneLinePerError(err error) error {
	if err == nil {
		return nil
	}
	var errs []error
	for _, e := range unjoin(err) {
		msg := e.Error()
		if !strings.ContainsAny(msg, "\r\n") {
			errs = append(errs, e)
			continue
		}
		errs = append(errs, errors.New(strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(msg)))
	}
	return errors.Join(errs...)
}

func load(path string) (Config, error) {
	c := Default()
	data, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("read config: %w", err)
	}
	c.lines = indexKeys(string(data))
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		var pe toml.ParseError
		var ppe *toml.ParseError
		switch {
		case errors.As(err, &pe):
		case errors.As(err, &ppe):
			pe = *ppe
		default:
			// type mismatches come as "toml: line N (last key "k"): ..."
			if m := decodeErr.FindStringSubmatch(err.Error()); m != nil {
				return c, fmt.Errorf("%s:%s: %s: %s", path, m[1], m[2], plainTypeError(m[3]))
			}
			return c, fmt.Errorf("%s: %w", path, err)
		}
		line, msg := plainParseError(pe, string(data))
		return c, fmt.Errorf("%s:%d: %s", path, line, msg)
	}
	if und := md.Undecoded(); len(und) > 0 {
		var errs []error
		for _, k := range und {
			key := k.String()
			hint := secretHint(key)
			if s := suggestKey(key); hint == "" && s != "" {
				hint = " (did you mean " + s + "?)"
			}
			errs = append(errs, fmt.Errorf("%s:%d: unknown key %s%s", path, c.lines.undecoded(key), key, hint))
		}
		return c, errors.Join(errs...)
	}
	if err := c.Validate(); err != nil {
		return c, prefixPath(path, err)
	}
	return c, nil
}

// prefixPath names the file before each error's "LINE: …"; an error at
// line 0, about no line of the file, names the file alone.
func prefixPath(path string, err error) error {
	var errs []error
	for _, e := range unjoin(err) {
		if rest, ok := strings.CutPrefix(e.Error(), "0: "); ok {
			errs = append(errs, fmt.Errorf("%s: %s", path, rest))
			continue
		}
		errs = append(errs, fmt.Errorf("%s:%w", path, e))
	}
	return errors.Join(errs...)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// keyErr is a validation error about one key.
func (c *Config) keyErr(key, format string, args ...any) error {
	return c.located(key, fmt.Errorf("%s = %s", key, fmt.Sprintf(format, args...)))
}

// checkedAgainst names, for each key whose check compares it with other
// keys, those keys. The file may leave such a key at its default and set
// one it is checked against: the error then stands where that one is
// set, the change that made the default wrong.
var checkedAgainst = map[string][]string{
	"store.offender_retention": {"policy.strike_ttl", "policy.restrict_for"},
	"policy.delete_score":      {"policy.warn_score"},
	"fanout.sweep_window":      {"fanout.window"},
	"discord.shard_id":         {"discord.shard_count"},
}

// located puts a validation error err about key ("key = value: want
// …") on the key's line. A key the file does not set is named with
// "(not set)" after its value, on the line of a key it is checked
// against that the file sets, else of its table; the line is 0 when the
// file sets none of them.
func (c *Config) located(key string, err error) error {
	key = strings.ToLower(key)
	if n, ok := c.lines[key]; ok {
		return fmt.Errorf("%d: %w", n, err)
	}
	line := c.lines.line(key)
	for _, k := range checkedAgainst[key] {
		if n, ok := c.lines[k]; ok {
			line = n
			break
		}
	}
	msg := err.Error()
	if head, rest, ok := strings.Cut(msg, ": "); ok {
		msg = head + " (not set): " + rest
	}
	return fmt.Errorf("%d: %s", line, msg)
}

// Warnings are settings of a valid config that do not do what they seem
// to, each naming its key and line ("store.url (line 12) is set, but …"),
// for the log of a command that opens the store (run, scan). They are
// warnings, not errors: [store] url beside driver = "bbolt" is also how
// immune migrate is told the database while the bot still runs on its
// file, and a bot restarted then must not stop.
func (c *Config) Warnings() []string {
	var out []string
	if c.Store.Driver == DriverBbolt {
		from := ""
		switch {
		case c.Store.URL != "":
			from = "store.url" + c.at("store.url") + " is set"
		case ReadSecrets().StoreURL.Set():
			from = EnvStoreURL + " is set in the environment"
		}
		if from != "" {
			driver := `is left at its default, "bbolt"`
			if _, set := c.lines["store.driver"]; set {
				driver = `is "bbolt"` + c.at("store.driver")
			}
			out = append(out, fmt.Sprintf(`%s, but store.driver %s: the store is the file %s, not that database; set driver = "postgres" to use the database (immune migrate reads the URL with either driver)`,
				from, driver, c.Store.Path))
		}
	}
	return out
}

// at is " (line N)" for a key the file sets, or "".
func (c *Config) at(key string) string {
	if n, ok := c.lines[strings.ToLower(key)]; ok {
		return fmt.Sprintf(" (line %d)", n)
	}
	return ""
}

// maxRetention is the longest any store retention may be: ten years and
// their leap days, past which a value is a slip rather than a policy.
const maxRetention = Duration(3660 * 24 * time.Hour)

// Validate checks every value and reports each bad one with its key and
// line.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) { errs = append(errs, c.keyErr(key, format, args...)) }
	switch c.Store.Driver {
	case DriverBbolt:
		if c.Store.Path == "" {
			bad("store.path", `"": want the path of the store file, such as "immune.db"`)
		}
	case DriverPostgres:
	default:
		bad("store.driver", "%q: want bbolt (one process, a file) or postgres (several processes, one database)", c.Store.Driver)
	}
	if u := c.Store.URL; u != "" {
		if err := checkStoreURL(u); err != nil {
			bad("store.url", "%v", err)
		}
	}
	if c.Store.Timeout <= 0 {
		bad("store.timeout", "%s: want a positive duration such as \"1s\"", c.Store.Timeout)
	}
	if c.Store.AuditRetention <= 0 {
		bad("store.audit_retention", "%s: want a positive duration such as \"90d\"", c.Store.AuditRetention)
	}
	if c.Store.OffenderRetention < c.Policy.StrikeTTL || c.Store.OffenderRetention < c.Policy.RestrictFor {
		bad("store.offender_retention", "%s: want at least policy.strike_ttl (%s) and policy.restrict_for (%s), such as \"180d\"",
			c.Store.OffenderRetention, c.Policy.StrikeTTL, c.Policy.RestrictFor)
	}
	if c.Store.FirstLinkRetention < Duration(60*24*time.Hour) {
		bad("store.first_link_retention", "%s: want at least \"60d\" (the record is refreshed once a month), such as \"180d\"", c.Store.FirstLinkRetention)
	}
	if c.Store.OutboxRetention < Duration(15*24*time.Hour) {
		bad("store.outbox_retention", "%s: want at least \"15d\", longer than any platform's delete window", c.Store.OutboxRetention)
	}
	if c.Policy.NoticeTTL < Duration(time.Minute) || c.Policy.NoticeTTL > Duration(24*time.Hour) {
		bad("policy.notice_ttl", "%s: want \"1m\" to \"1d\", such as \"10m\"", c.Policy.NoticeTTL)
	}
	if c.Policy.FloodNotices < 2 || c.Policy.FloodNotices > 100 {
		bad("policy.flood_notices", "%d: want 2 to 100", c.Policy.FloodNotices)
	}
	for _, r := range []struct {
		key string
		d   Duration
	}{{"store.audit_retention", c.Store.AuditRetention}, {"store.offender_retention", c.Store.OffenderRetention},
		{"store.first_link_retention", c.Store.FirstLinkRetention}, {"store.outbox_retention", c.Store.OutboxRetention}} {
		if r.d > maxRetention {
			bad(r.key, "%s: want at most \"3660d\" (ten years)", r.d)
		}
	}
	if _, err := c.Log.slogLevel(); err != nil {
		bad("log.level", "%q: want debug, info, warn or error", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "%q: want text or json", c.Log.Format)
	}
	for _, u := range []struct{ key, val string }{{"telegram.api_url", c.Telegram.APIURL}, {"discord.api_url", c.Discord.APIURL}} {
		if p, err := url.Parse(u.val); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			bad(u.key, "%q: want an http or https URL", u.val)
		}
	}
	if c.Telegram.WebhookURL != "" {
		if p, err := url.Parse(c.Telegram.WebhookURL); err != nil || p.Scheme != "https" || p.Host == "" {
			bad("telegram.webhook_url", "%q: want an https URL Telegram can reach, or nothing for long polling", c.Telegram.WebhookURL)
		} else if err := checkWebhookURL(p, ReadSecrets().TelegramToken.Reveal()); err != nil {
			bad("telegram.webhook_url", "%v", err)
		}
		if c.Telegram.Listen == "" {
			bad("telegram.listen", `"": want an address to listen on for the webhook, such as ":8443"`)
		} else if !listenAddr(c.Telegram.Listen) {
			bad("telegram.listen", `%q: want host:port, such as ":8443"`, c.Telegram.Listen)
		}
	}
	if c.HTTP.Listen != "" && !listenAddr(c.HTTP.Listen) {
		bad("http.listen", `%q: want host:port, such as "127.0.0.1:9090"`, c.HTTP.Listen)
	}
	if c.Telegram.PollTimeout < Duration(time.Second) || c.Telegram.PollTimeout > Duration(10*time.Minute) {
		bad("telegram.poll_timeout", "%s: want a duration from 1s to 10m", c.Telegram.PollTimeout)
	}
	if c.Telegram.AdminCache < 0 || c.Telegram.AdminCache > Duration(24*time.Hour) {
		bad("telegram.admin_cache", "%s: want zero or a positive duration up to \"1d\" (a removed admin keeps their rights that long)", c.Telegram.AdminCache)
	}
	if c.Discord.ShardCount < 1 || c.Discord.ShardCount > maxShards {
		bad("discord.shard_count", "%d: want 1 to %d", c.Discord.ShardCount, maxShards)
	} else if c.Discord.ShardID < 0 || c.Discord.ShardID >= c.Discord.ShardCount {
		bad("discord.shard_id", "%d with shard_count = %d: want 0 <= shard_id < shard_count", c.Discord.ShardID, c.Discord.ShardCount)
	}
	if c.Discord.CallTimeout < Duration(time.Second) || c.Discord.CallTimeout > Duration(10*time.Minute) {
		bad("discord.call_timeout", "%s: want a duration from 1s to 10m", c.Discord.CallTimeout)
	}
	for i, f := range append(append([]string(nil), c.Feeds.Files...), c.Feeds.AllowFiles...) {
		key := "feeds.files"
		if i >= len(c.Feeds.Files) {
			key = "feeds.allow_files"
		}
		if st, err := os.Stat(f); err != nil {
			bad(key, "%q: %v", f, errors.Unwrap(err))
		} else if st.IsDir() {
			bad(key, "%q: is a directory: want a list file, one domain or URL a line", f)
		}
	}
	errs = append(errs, c.validateFeeds()...)
	for i, b := range c.Brands {
		for _, d := range b.Domains {
			if v, err := bot.ParseListValue(d); err != nil || v != strings.ToLower(strings.TrimSuffix(d, ".")) {
				bad(fmt.Sprintf("brands[%d].domains", i), "%q: want a domain such as \"examplebank.com\"", d)
			}
		}
		for _, n := range b.Names {
			if !brandName(n) {
				bad(fmt.Sprintf("brands[%d].names", i), "%q: want a word of 3 or more letters and digits, such as \"examplebank\"", n)
			}
		}
	}
	for _, op := range c.Admin.Operators {
		if k, ok := bot.ParseAccountKey(op); !ok || !isID(k.User) {
			bad("admin.operators", "%q: want \"telegram:ID\" or \"discord:ID\" with the account's number, such as \"telegram:123456789\"", op)
		}
	}
	bc := c.Bot()
	if err := bc.Validate(); err != nil {
		for _, e := range unjoin(err) {
			key, _, _ := strings.Cut(e.Error(), " ")
			key = strings.TrimSuffix(key, ":") // policy.mode: → policy.mode
			errs = append(errs, c.located(key, e))
		}
	}
	return errors.Join(errs...)
}

// checkStoreURL checks the shape of a PostgreSQL URL in the file, and that
// it holds no password: a password belongs in IMMUNE_STORE_URL. The
// message never repeats the URL.
func checkStoreURL(u string) error {
	if !strings.HasPrefix(u, "postgres://") && !strings.HasPrefix(u, "postgresql://") {
		return errors.New("want a URL such as \"postgres://immune@db.example:5432/immune\"")
	}
	p, err := url.Parse(u)
	if err != nil {
		return errors.New("not a URL; want one such as \"postgres://immune@db.example:5432/immune\"")
	}
	if _, has := p.User.Password(); has || p.Query().Has("password") {
		return fmt.Errorf("the URL holds a password: set the whole URL in %s instead, or the password in PGPASSWORD or ~/.pgpass", EnvStoreURL)
	}
	return nil
}

// botTokenShape is a Telegram bot token as the Bot API's own URLs write
// it, "bot123456:ABC-…", or as BotFather gives it, "123456789:AAH…" (a
// secret part of 20 or more characters, so that "12:30" is none).
var botTokenShape = regexp.MustCompile(`(?i)^(?:bot[0-9]+:[a-z0-9_-]+|[0-9]{5,}:[a-z0-9_-]{20,})$`)

// checkWebhookURL refuses a webhook URL that holds a secret: a part of its
// path shaped like a bot token, the bot token itself (token, set or ""), a
// query parameter named like a secret (token=, secret=, key=, password=)
// or a password. Telegram proves its requests with the secret_token header
// (IMMUNE_TELEGRAM_WEBHOOK_SECRET), so the URL needs none, and a file
// holds no secret. The message never repeats the URL.
func checkWebhookURL(p *url.URL, token string) error {
	const fix = "the URL holds %s: a secret never sits in the file; Telegram proves each update with %s, so use a path without it, such as \"https://bot.example.org/telegram\", and keep the bot's token in %s"
	for _, part := range strings.Split(p.EscapedPath(), "/") {
		if part, err := url.PathUnescape(part); err == nil && botTokenShape.MatchString(part) {
			return fmt.Errorf(fix, "a bot token in its path", EnvWebhookSecret, EnvTelegramToken)
		}
	}
	if token != "" && strings.Contains(p.String(), token) {
		return fmt.Errorf(fix, "the bot's token", EnvWebhookSecret, EnvTelegramToken)
	}
	for k := range p.Query() {
		if secretWord(k) {
			return fmt.Errorf(fix, fmt.Sprintf("a secret in its query (%s=)", k), EnvWebhookSecret, EnvTelegramToken)
		}
	}
	if _, has := p.User.Password(); has {
		return fmt.Errorf(fix, "a password", EnvWebhookSecret, EnvTelegramToken)
	}
	return nil
}

// secretWord reports a name that names a secret: a token, secret, key,
// password or auth of some kind.
func secretWord(name string) bool {
	name = strings.ToLower(name)
	for _, w := range []string{"token", "secret", "key", "pass", "auth"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// Bot returns the engine's configuration.
func (c *Config) Bot() bot.Config {
	b := bot.Config{
		Thresholds:        bot.Thresholds{Warn: c.Policy.WarnScore, Delete: c.Policy.DeleteScore},
		StrikesToRestrict: c.Policy.StrikesToRestrict,
		StrikeTTL:         time.Duration(c.Policy.StrikeTTL),
		RestrictFor:       time.Duration(c.Policy.RestrictFor),
		CompromisedTTL:    time.Duration(c.Policy.CompromisedTTL),
		FanOutChats:       c.FanOut.Chats,
		FanOutWindow:      time.Duration(c.FanOut.Window),
		SweepWindow:       time.Duration(c.FanOut.SweepWindow),
		NewMemberWindow:   time.Duration(c.Policy.NewMemberWindow),
		DefaultMode:       bot.Mode(c.Policy.Mode),
		DefaultLang:       bot.Lang(c.Policy.Lang),
		Admins:            bot.AdminPolicy(c.Policy.Admins),
	}
	for _, op := range c.Admin.Operators {
		if k, ok := bot.ParseAccountKey(op); ok {
			b.Operators = append(b.Operators, k)
		}
	}
	for _, x := range c.Brands {
		nb := brand.Brand{Name: x.Name}
		for _, d := range x.Domains {
			nb.Domains = append(nb.Domains, strings.ToLower(strings.TrimSuffix(d, ".")))
		}
		for _, n := range x.Names {
			nb.Names = append(nb.Names, strings.ToLower(n))
		}
		b.Brands = append(b.Brands, nb)
	}
	return b
}

// listenAddr reports an address a server can listen on: host:port, the
// host optional, the port a number up to 65535.
func listenAddr(s string) bool {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n >= 0 && n <= 65535
}

// isID reports an account id: digits (Telegram and Discord ids are numbers).
func isID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// brandName reports a name a lookalike can imitate: letters and digits.
func brandName(n string) bool {
	if len(n) < 3 {
		return false
	}
	for _, r := range strings.ToLower(n) {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// Logger returns a slog logger writing to w as configured. Values of type
// Secret are redacted whatever the handler.
func (c *Config) Logger(w io.Writer) *slog.Logger {
	lvl, _ := c.Log.slogLevel()
	opts := &slog.HandlerOptions{Level: lvl}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func (l Log) slogLevel() (slog.Level, error) {
	var lvl slog.Level
	err := lvl.UnmarshalText([]byte(l.Level))
	return lvl, err
}

// Duration is a time.Duration written as a string: "90s", "10m", "24h",
// and also "30d" for days.
type Duration time.Duration

// maxDays is the longest duration written in days: about what a
// time.Duration holds (292 years).
const maxDays = 100000

// UnmarshalText reads a duration.
func (d *Duration) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || math.IsNaN(n) || math.Abs(n) > maxDays {
			return fmt.Errorf("duration %q: want a number of days such as \"30d\" (at most %d)", s, maxDays)
		}
		*d = Duration(n * float64(24*time.Hour))
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("duration %q: want a duration such as \"90s\", \"10m\", \"24h\" or \"30d\"", s)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration as String does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// String writes the duration as a config file does: "30d", "90m", "1h30m".
func (d Duration) String() string { return bot.ConfigDuration(time.Duration(d)) }

// maxFeedSizeMB bounds max_size_mb: 4 GiB, far past any feed, where a
// larger number in bytes (and 8 times it, unpacked) would overflow and
// leave no bound at all.
const maxFeedSizeMB = 4096

// minRefresh is the shortest refresh interval of a remote feed: feeds are
// served by volunteers, and none changes faster.
const minRefresh = 5 * time.Minute

// RemoteDefaults are the values a [[feeds.remote]] table may leave out.
var RemoteDefaults = RemoteFeed{Format: "domains", List: "block", Refresh: Duration(time.Hour)}

// withDefaults fills in what a [[feeds.remote]] table left out.
func (r RemoteFeed) withDefaults() RemoteFeed {
	if r.Format == "" {
		r.Format = RemoteDefaults.Format
	}
	if r.List == "" {
		r.List = RemoteDefaults.List
	}
	if r.Refresh == 0 {
		r.Refresh = RemoteDefaults.Refresh
	}
	return r
}

func (c *Config) validateFeeds() []error {
	var errs []error
	bad := func(key, format string, args ...any) { errs = append(errs, c.keyErr(key, format, args...)) }
	if c.Feeds.Timeout < Duration(time.Second) || c.Feeds.Timeout > Duration(time.Hour) {
		bad("feeds.timeout", "%s: want \"1s\" to \"1h\"", c.Feeds.Timeout)
	}
	if c.Feeds.MaxSizeMB < 1 || c.Feeds.MaxSizeMB > maxFeedSizeMB {
		bad("feeds.max_size_mb", "%d: want 1 to %d (MiB)", c.Feeds.MaxSizeMB, maxFeedSizeMB)
	}
	names := map[string]bool{}
	for i, r := range c.Feeds.Remote {
		r = r.withDefaults()
		key := func(k string) string { return fmt.Sprintf("feeds.remote[%d].%s", i, k) }
		switch {
		case r.Name == "":
			bad(key("name"), `"": want a name such as "discord-antiscam"; reasons say "listed by NAME"`)
		case !feeds.ValidName(r.Name):
			bad(key("name"), "%q: want letters, digits, '.', '_' and '-' (it names files and metrics)", r.Name)
		case names[r.Name]:
			bad(key("name"), "%q: another feed has this name", r.Name)
		}
		names[r.Name] = true
		var unset []string // the URL's variables the environment lacks
		expanded := os.Expand(r.URL, func(name string) string {
			v, ok := os.LookupEnv(name)
			if !ok && !slices.Contains(unset, name) {
				unset = append(unset, name)
			}
			return v
		})
		if u, err := url.Parse(expanded); r.URL == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(key("url"), "%q: want the http or https URL of the feed", r.URL)
		} else if len(unset) > 0 {
			bad(key("url"), "%q: $%s not set in the environment (the feed would be asked for without it)", r.URL, strings.Join(unset, ", $"))
		}
		if _, err := feeds.ParseFormat(r.Format); err != nil {
			bad(key("format"), "%q: %v", r.Format, err)
		}
		if r.List != string(bot.BlockList) && r.List != string(bot.AllowList) {
			bad(key("list"), "%q: want block or allow", r.List)
		}
		if r.Refresh < Duration(minRefresh) {
			bad(key("refresh"), "%s: want at least %q (be kind to the feed's servers)", r.Refresh, "5m")
		} else if r.Refresh > Duration(30*24*time.Hour) {
			bad(key("refresh"), "%s: want at most %q (a feed older than that lists what was, not what is)", r.Refresh, "30d")
		}
		if r.MaxSizeMB < 0 || r.MaxSizeMB > maxFeedSizeMB {
			bad(key("max_size_mb"), "%d: want 0 (feeds.max_size_mb) to %d (MiB)", r.MaxSizeMB, maxFeedSizeMB)
		}
	}
	switch c.Expand.Enabled {
	case "auto", "on", "off":
	default:
		bad("expand.enabled", "%q: want auto (on in immune run, off in scan and check), on or off", c.Expand.Enabled)
	}
	if c.Expand.Timeout < Duration(time.Second) || c.Expand.Timeout > Duration(time.Minute) {
		bad("expand.timeout", "%s: want a duration from 1s to 1m", c.Expand.Timeout)
	}
	if c.Expand.MaxRedirects < 1 || c.Expand.MaxRedirects > 5 {
		bad("expand.max_redirects", "%d: want 1 to 5", c.Expand.MaxRedirects)
	}
	if c.Expand.CacheTTL < Duration(time.Minute) || c.Expand.CacheTTL > Duration(30*24*time.Hour) {
		bad("expand.cache_ttl", "%s: want \"1m\" to \"30d\"", c.Expand.CacheTTL)
	}
	if ua := c.Expand.UserAgent; len(ua) > 512 || strings.ContainsFunc(ua, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		bad("expand.user_agent", "%q: want one line of at most 512 characters", ua)
	}
	for _, d := range c.Expand.Shorteners {
		if v, err := bot.ParseListValue(d); err != nil || strings.ContainsAny(v, "/?") {
			bad("expand.shorteners", "%q: want a domain such as \"short.example\"", d)
		}
	}
	return errs
}

// Sources returns the global lists the configuration names: the block
// and allow files, then the remote feeds.
func (c *Config) Sources() []feeds.Source {
	var out []feeds.Source
	for _, p := range c.Feeds.Files {
		out = append(out, feeds.Source{Path: p, List: bot.BlockList})
	}
	for _, p := range c.Feeds.AllowFiles {
		out = append(out, feeds.Source{Path: p, List: bot.AllowList})
	}
	for _, r := range c.Feeds.Remote {
		r = r.withDefaults()
		out = append(out, feeds.Source{Name: r.Name, URL: os.Expand(r.URL, os.Getenv), Format: feeds.Format(r.Format),
			List: bot.ListKind(r.List), Refresh: time.Duration(r.Refresh), MaxBytes: int64(r.MaxSizeMB) << 20})
	}
	return out
}

// CacheDir returns the directory of the feeds' last good copies: the
// configured one, or "feeds" beside the store file.
func (c *Config) CacheDir() string {
	if c.Feeds.CacheDir != "" {
		return c.Feeds.CacheDir
	}
	return filepath.Join(filepath.Dir(c.Store.Path), "feeds")
}
