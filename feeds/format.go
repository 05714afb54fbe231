package feeds

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"

	"github.com/immunebot/immune/bot"
)

// Format is how a feed is written.
type Format string

// The formats real feeds use.
const (
	// Domains is one domain a line, '#' or '!' starting a comment; a line
	// may also be a URL or a hosts-file line (Discord-AntiScam's list.txt,
	// ChongLuaDao mirrors, Phishing.Database's domain lists).
	Domains Format = "domains"
	// Hosts is a hosts file: an address, then one or more names
	// ("0.0.0.0 evil.example"); the machine's own names are ignored.
	Hosts Format = "hosts"
	// URLs is one URL a line (OpenPhish, Phishing.Database's link lists).
	// Each entry matches that URL only, never its whole host.
	URLs Format = "urls"
	// URLhausCSV is URLhaus's CSV export: '#' comment lines (the last of
	// which names the columns), quoted fields, the URL in the "url" column.
	// URL-level, like URLs: URLhaus lists single files on github.com and
	// drive.google.com.
	URLhausCSV Format = "urlhaus-csv"
	// MetaMask is eth-phishing-detect's config.json: its blacklist blocks,
	// its whitelist allows, its fuzzylist names domains whose lookalikes
	// are flagged. The feed's list setting does not apply.
	MetaMask Format = "metamask"
	// JSONArray is a JSON array of domains or URLs.
	JSONArray Format = "json-array"
)

// Formats lists every format, in the order the documentation gives them.
var Formats = []Format{Domains, Hosts, URLs, URLhausCSV, MetaMask, JSONArray}

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (want %s)", s, strings.Join(names, ", "))
}

// ErrMalformed is returned for a feed that cannot be read in its format,
// such as broken JSON, or an HTML page where a list was expected.
var ErrMalformed = errors.New("malformed feed")

// maxLine is the longest line read; longer ones are skipped.
const maxLine = 64 << 10

// Parse reads a feed written in format f into b. kind is the feed's list
// (block or allow). Values that are not domains or URLs are skipped and
// counted by b; err is set when the feed as a whole cannot be read.
func Parse(r io.Reader, f Format, kind bot.ListKind, b *bot.FeedListBuilder) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if looksLikeHTML(br) {
		return fmt.Errorf("%w: an HTML page, not a %s list", ErrMalformed, f)
	}
	switch f {
	case Domains, Hosts, URLs:
		return parseLines(br, f, kind, b)
	case URLhausCSV:
		return parseURLhaus(br, kind, b)
	case MetaMask:
		return parseMetaMask(br, b)
	case JSONArray:
		return parseJSONArray(br, kind, b)
	}
	return fmt.Errorf("unknown format %q", f)
}

// looksLikeHTML reports a body that starts like a web page: what a captive
// portal, a login wall or an error page serves with status 200.
func looksLikeHTML(br *bufio.Reader) bool {
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lower := bytes.ToLower(head[:min(len(head), 16)])
	return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<head")) || bytes.HasPrefix(lower, []byte("<body"))
}

// localNames are the names a hosts file gives the machine itself.
var localNames = map[string]bool{
	"localhost": true, "localhost.localdomain": true, "local": true, "broadcasthost": true,
	"ip6-localhost": true, "ip6-loopback": true, "ip6-localnet": true, "ip6-mcastprefix": true,
	"ip6-allnodes": true, "ip6-allrouters": true, "ip6-allhosts": true, "0.0.0.0": true,
}

// parseLines reads the line formats.
func parseLines(br *bufio.Reader, f Format, kind bot.ListKind, b *bot.FeedListBuilder) error {
	defer b.SetLine(0)
	for n := 1; ; n++ {
		b.SetLine(n)
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// an overlong line: skip the rest of it
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			b.Skip(errors.New("a line over 64 KiB"))
			line = nil
		}
		if len(line) > 0 {
			parseLine(line, f, kind, b)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
	}
}

func parseLine(line []byte, f Format, kind bot.ListKind, b *bot.FeedListBuilder) {
	if f != URLs && f != Hosts && adblockOther(line) {
		return
	}
	if i := bytes.IndexByte(line, '#'); i >= 0 && (f != URLs || i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
		line = line[:i] // in a URL, '#' starts the fragment, not a comment
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] == '!' || line[0] == '[' {
		return // adblock-style comments and headers
	}
	switch f {
	case URLs:
		b.AddURL(kind, string(line))
	case Hosts:
		fields := bytes.Fields(line)
		if _, err := netip.ParseAddr(string(fields[0])); err != nil {
			b.Add(kind, string(line)) // counted as skipped
			return
		}
		for _, name := range fields[1:] {
			if !localNames[string(name)] {
				b.AddBytes(kind, name)
			}
		}
	default:
		if rule, ok := bytes.CutPrefix(line, []byte("||")); ok {
			// an AdGuard Home or uBlock domain rule: "||evil.example^",
			// its options after "$"
			if d, opts, ok := bytes.Cut(rule, []byte("^")); ok && (len(opts) == 0 || opts[0] == '$') {
				b.AddBytes(kind, d)
				return
			}
		}
		sp := bytes.IndexAny(line, " \t")
		if sp < 0 {
			b.AddBytes(kind, line)
			return
		}
		// "0.0.0.0 evil.example" in a domain list: a hosts line
		fields := bytes.Fields(line)
		if _, err := netip.ParseAddr(string(fields[0])); err == nil && len(fields) >= 2 {
			for _, name := range fields[1:] {
				if !localNames[string(name)] {
					b.Add(kind, string(name))
				}
			}
			return
		}
		b.Add(kind, string(line)) // counted as skipped
	}
}

// adblockOther reports an adblock rule in a domain list that names no
// bad domain: an exception ("@@||good.example^") or a cosmetic rule
// ("site.example##.banner", "#@#", "#?#", "#$#", "#%#"), which names the
// site it styles, not a site to block; its '#' is no comment.
func adblockOther(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	if bytes.HasPrefix(line, []byte("@@")) {
		return true
	}
	i := bytes.IndexByte(line, '#')
	return i > 0 && line[i-1] != ' ' && line[i-1] != '\t' && i+1 < len(line) && bytes.IndexByte([]byte("#@?$%"), line[i+1]) >= 0
}

// parseURLhaus reads URLhaus's CSV export.
func parseURLhaus(br *bufio.Reader, kind bot.ListKind, b *bot.FeedListBuilder) error {
	col := 2 // id,dateadded,url,...: the column when no header says otherwise
	// The header is the last comment line before the data: "# id,dateadded,url,url_status,..."
	for {
		c, err := br.Peek(1)
		if err != nil || c[0] != '#' {
			break
		}
		line, err := br.ReadSlice('\n')
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return fmt.Errorf("read: %w", err)
		}
		h := strings.TrimSpace(strings.TrimLeft(string(line), "# "))
		if strings.Count(h, ",") >= 2 {
			for i, name := range strings.Split(h, ",") {
				if strings.TrimSpace(name) == "url" {
					col = i
				}
			}
		}
		if err != nil {
			break
		}
	}
	cr := csv.NewReader(br)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	rows := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && rows > 0 {
				b.Skip(fmt.Errorf("CSV: %w", err))
				continue
			}
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		rows++
		if col >= len(rec) {
			b.AddURL(kind, strings.Join(rec, ","))
			continue
		}
		b.AddURL(kind, rec[col])
	}
	return nil
}

// parseMetaMask reads eth-phishing-detect's config.json. Its keys are
// blacklist (or blocklist), whitelist (or allowlist) and fuzzylist.
func parseMetaMask(br *bufio.Reader, b *bot.FeedListBuilder) error {
	dec := json.NewDecoder(br)
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	seen := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		key, _ := t.(string)
		var add func(string) error
		switch key {
		case "blacklist", "blocklist":
			add = func(v string) error { return b.Add(bot.BlockList, v) }
		case "whitelist", "allowlist":
			add = func(v string) error { return b.Add(bot.AllowList, v) }
		case "fuzzylist":
			add = b.AddName
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fmt.Errorf("%w: %v", ErrMalformed, err)
			}
			continue
		}
		seen = true
		if err := eachString(dec, add); err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
	}
	if !seen {
		return fmt.Errorf("%w: no blacklist, whitelist or fuzzylist: not MetaMask's config.json", ErrMalformed)
	}
	return nil
}

// parseJSONArray reads a JSON array of domains or URLs.
func parseJSONArray(br *bufio.Reader, kind bot.ListKind, b *bot.FeedListBuilder) error {
	dec := json.NewDecoder(br)
	return eachString(dec, func(v string) error { return b.Add(kind, v) })
}

// eachString reads a JSON array of strings, calling add for each; values
// that are not strings are skipped.
func eachString(dec *json.Decoder, add func(string) error) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		switch v := t.(type) {
		case string:
			add(v)
		case json.Delim:
			// a nested array or object: not a list of strings
			return fmt.Errorf("%w: an array of strings holds a %s", ErrMalformed, v)
		}
	}
	_, err := dec.Token() // ']'
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return fmt.Errorf("%w: want a JSON %s, found %v", ErrMalformed, map[json.Delim]string{'[': "array", '{': "object"}[want], t)
	}
	return nil
}
