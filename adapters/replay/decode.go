package replay

import (
	"encoding/binary"
	"math"
	"math/bits"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/immunebot/immune/bot"
)

// decodeInput reads a line in the form exporters write (one object of the
// contract's fields under their lowercase names, each once, no nulls) into
// in, which must be zero, and reports whether it could. It gives up, and
// leaves in zero, on anything else (an unknown or repeated field, a null,
// a name in capitals, a string that is not valid UTF-8, a size with a
// fraction, a malformed line), which the JSON decoder then reads with the
// result it has always had for it: what the fast reading reads, it reads
// as the decoder does (FuzzDecodeInput holds it to that).
//
// It takes about a third of the decoder's instructions, and allocates
// only the strings it returns, and member_since unless since is given
// for it: in.MemberSince then points to since.
func decodeInput(line []byte, in *Input, since *time.Time) bool {
	d := lineDecoder{b: line, since: since}
	if !d.input(in) {
		*in = Input{}
		return false
	}
	return true
}

// lineDecoder reads one line; its methods return false where the fast
// reading gives up.
type lineDecoder struct {
	b     []byte
	i     int
	since *time.Time // where member_since goes, or nil for a new time
}

// The fields of Input, as bits of the set of fields read.
const (
	fID = 1 << iota
	fPlatform
	fChat
	fGroup
	fUser
	fUserName
	fTime
	fMemberSince
	fIsAdmin
	fText
	fLinks
	fAttachments
	fEdited
	fForwardedFrom
)

// next skips white space and reports whether the next byte is c, taking
// it if so.
func (d *lineDecoder) next(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *lineDecoder) space() {
	b, i := d.b, d.i
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	d.i = i
}

// key reads a member's name and the colon after it. The name is what
// stands between its quotes: one holding an escape or a byte that is not
// ASCII is no field's name, and the caller gives up on it. A switch on
// string(k) compares without allocating.
func (d *lineDecoder) key() ([]byte, bool) {
	if !d.next('"') {
		return nil, false
	}
	b, i := d.b, d.i
	start := i
	for i < len(b) && b[i] != '"' {
		i++
	}
	if i >= len(b) {
		return nil, false
	}
	k := b[start:i]
	if i+1 < len(b) && b[i+1] == ':' {
		d.i = i + 2
		return k, true
	}
	d.i = i + 1
	return k, d.next(':')
}

// more reads what follows a member or an element: true for a comma (more
// to come), false for the closing byte; ok is false for anything else.
func (d *lineDecoder) more(closing byte) (more, ok bool) {
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case ',':
			d.i++
			return true, true
		case closing:
			d.i++
			return false, true
		}
	}
	if d.next(',') {
		return true, true
	}
	return false, d.next(closing)
}

func (d *lineDecoder) input(in *Input) bool {
	ok := d.object(func(k []byte) (uint, bool) {
		switch string(k) {
		case "id":
			return fID, d.str(&in.ID)
		case "platform":
			return fPlatform, d.platform(&in.Platform)
		case "chat":
			return fChat, d.str(&in.Chat)
		case "group":
			return fGroup, d.str(&in.Group)
		case "user":
			return fUser, d.str(&in.User)
		case "user_name":
			return fUserName, d.str(&in.UserName)
		case "time":
			return fTime, d.time(&in.Time)
		case "member_since":
			t := d.since
			if t == nil {
				t = new(time.Time)
			}
			in.MemberSince = t
			return fMemberSince, d.time(t)
		case "is_admin":
			return fIsAdmin, d.bool(&in.IsAdmin)
		case "text":
			return fText, d.str(&in.Text)
		case "links":
			return fLinks, d.links(&in.Links)
		case "attachments":
			return fAttachments, d.attachments(&in.Attachments)
		case "edited":
			return fEdited, d.bool(&in.Edited)
		case "forwarded_from":
			return fForwardedFrom, d.str(&in.ForwardedFrom)
		}
		return 0, false
	})
	d.space() // after the object
	return ok && d.i == len(d.b)
}

// object reads an object: field reads the value of the member named k and
// returns the member's bit in the set of members read (0 for a name it
// does not know) and whether it could. A member read twice gives up.
func (d *lineDecoder) object(field func(k []byte) (bit uint, ok bool)) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	var seen uint
	for more := true; more; {
		k, ok := d.key()
		if !ok {
			return false
		}
		f, ok := field(k)
		if !ok || f == 0 || seen&f != 0 {
			return false
		}
		seen |= f
		if more, ok = d.more('}'); !ok {
			return false
		}
	}
	return true
}

// objects reads a list of objects: each begins with a call of start, and
// object reads its members with field.
func (d *lineDecoder) objects(start func(), field func(k []byte) (uint, bool)) bool {
	if !d.next('[') {
		return false
	}
	if d.next(']') {
		return true
	}
	for more := true; more; {
		start()
		if !d.object(field) {
			return false
		}
		var ok bool
		if more, ok = d.more(']'); !ok {
			return false
		}
	}
	return true
}

// platform reads a platform, the two known ones without allocating.
func (d *lineDecoder) platform(p *bot.Platform) bool {
	raw, esc, ok := d.token()
	switch {
	case !ok:
		return false
	case esc:
		var s string
		if !unescape(raw, &s) {
			return false
		}
		*p = bot.Platform(s)
	case string(raw) == string(bot.Telegram):
		*p = bot.Telegram
	case string(raw) == string(bot.Discord):
		*p = bot.Discord
	default:
		*p = bot.Platform(raw)
	}
	return true
}

// time reads a time as the JSON decoder does, with time.Time's own
// UnmarshalJSON given the string with its quotes; the usual
// 2006-01-02T15:04:05Z is read here, to the same time.
func (d *lineDecoder) time(t *time.Time) bool {
	raw, esc, ok := d.token()
	if !ok {
		return false
	}
	if !esc && utcSeconds(raw, t) {
		return true
	}
	return t.UnmarshalJSON(d.b[d.i-len(raw)-2:d.i]) == nil
}

// utcSeconds reads a time written as 2006-01-02T15:04:05Z, and reports
// false for any other form or a date or time of day that does not exist.
func utcSeconds(s []byte, t *time.Time) bool {
	if len(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' {
		return false
	}
	// each two digits, as a number below 100, or 100 and more when either
	// is not a digit (a byte below '0' wraps round)
	d2 := func(i int) uint {
		return uint(s[i]-'0')*10 + uint(s[i+1]-'0') + uint(s[i]-'0')/10*100 + uint(s[i+1]-'0')/10*100
	}
	c, yy, mo, dd, hh, mm, ss := d2(0), d2(2), d2(5), d2(8), d2(11), d2(14), d2(17)
	if c > 99 || yy > 99 || mo < 1 || mo > 12 || dd < 1 || hh > 23 || mm > 59 || ss > 59 {
		return false
	}
	year, month, day := int(c*100+yy), int(mo), int(dd)
	last := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		last = 29
	}
	if day > last {
		return false
	}
	// days since 1970-01-01 of the proleptic Gregorian calendar, counted
	// in eras of 400 years from 1 March (a leap day ends its year)
	y := year
	if month <= 2 {
		y--
	}
	era := (y + 400) / 400 // one era early: y may be -1
	yoe := y - (era-1)*400
	mp := (month + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := (era-1)*146097 + doe - 719468
	*t = time.Unix(int64(days)*86400+int64(hh*3600+mm*60+ss), 0).UTC()
	return true
}

func (d *lineDecoder) bool(v *bool) bool {
	d.space()
	rest := d.b[d.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		*v = true
		d.i += 4
	case len(rest) >= 5 && string(rest[:5]) == "false":
		*v = false
		d.i += 5
	default:
		return false
	}
	return true
}

func (d *lineDecoder) links(ls *[]bot.LinkRef) bool {
	*ls = []bot.LinkRef{}
	return d.objects(func() { *ls = append(*ls, bot.LinkRef{}) }, func(k []byte) (uint, bool) {
		l := &(*ls)[len(*ls)-1]
		switch string(k) {
		case "text":
			return 1, d.str(&l.Text)
		case "url":
			return 2, d.str(&l.URL)
		}
		return 0, false
	})
}

func (d *lineDecoder) attachments(as *[]bot.Attachment) bool {
	*as = []bot.Attachment{}
	return d.objects(func() { *as = append(*as, bot.Attachment{}) }, func(k []byte) (uint, bool) {
		a := &(*as)[len(*as)-1]
		switch string(k) {
		case "name":
			return 1, d.str(&a.Name)
		case "mime":
			return 2, d.str(&a.MIME)
		case "size":
			return 4, d.int(&a.Size)
		}
		return 0, false
	})
}

// int reads a whole number as JSON writes it (no fraction, no exponent)
// that an int64 holds.
func (d *lineDecoder) int(v *int64) bool {
	d.space()
	b, i := d.b, d.i
	neg := i < len(b) && b[i] == '-'
	if neg {
		i++
	}
	start := i
	var n uint64
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		if n > (math.MaxUint64-9)/10 {
			return false
		}
		n = n*10 + uint64(b[i]-'0')
		i++
	}
	d.i = i
	switch digits := i - start; {
	case digits == 0, digits > 1 && b[start] == '0':
		return false
	case i < len(b) && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'):
		return false
	case neg && n > 1<<63, !neg && n > math.MaxInt64:
		return false
	}
	if neg {
		*v = -int64(n)
	} else {
		*v = int64(n)
	}
	return true
}

// The bytes of a word read eight at a time, and what each test finds in
// any of them (exactly: a borrow only ever follows a byte found).
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

func hasZero(x uint64) uint64 { return (x - ones) & ^x & highs }

// special marks, in the high bit of its byte, the first byte of x that a
// string token does not hold as it is: a quote, a backslash or a control
// byte (bytes of 0x80 and more are left to the UTF-8 check). Bytes after
// it may be marked too.
func special(x uint64) uint64 {
	return hasZero(x^('"'*ones)) | hasZero(x^('\\'*ones)) | (x-0x20*ones)&^x&highs
}

// token reads a string token and returns what is between its quotes,
// escapes and all, and whether it holds any. It gives up on a control
// byte, which JSON does not allow unescaped, and on bytes that are not
// UTF-8.
func (d *lineDecoder) token() (raw []byte, esc, ok bool) {
	if !d.next('"') {
		return nil, false, false
	}
	b, i := d.b, d.i
	start := i
	var high uint64 // the high bits of the bytes passed
	for {
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if m := special(x); m != 0 {
				n := bits.TrailingZeros64(m) / 8 // the bytes before it
				high |= x << (64 - 8*n) >> (64 - 8*n)
				i += n
				break
			}
			high |= x
			i += 8
		}
		if i >= len(b) {
			return nil, false, false
		}
		switch c := b[i]; {
		case c == '"':
			d.i = i + 1
			raw = b[start:i]
			if high&highs != 0 && !utf8.Valid(raw) {
				return nil, false, false
			}
			return raw, esc, true
		case c == '\\':
			esc = true
			i += 2
		case c < 0x20:
			return nil, false, false
		default:
			high |= uint64(c)
			i++
		}
	}
}

// str reads a string.
func (d *lineDecoder) str(s *string) bool {
	raw, esc, ok := d.token()
	switch {
	case !ok:
		return false
	case esc:
		return unescape(raw, s)
	}
	*s = string(raw)
	return true
}

// unescape writes what a string token's inside says, escapes undone. It
// gives up on a surrogate escape that is not one half of a pair, which
// decoders tell apart in their own ways.
func unescape(raw []byte, s *string) bool {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(raw) {
			return false
		}
		switch raw[i+1] {
		case '"', '\\', '/':
			out = append(out, raw[i+1])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(raw[i+2:])
			if !ok {
				return false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
					return false
				}
				r2, ok := hex4(raw[i+2:])
				if !ok {
					return false
				}
				if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
					return false
				}
				i += 6
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return false
		}
		i += 2
	}
	*s = string(out)
	return true
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
