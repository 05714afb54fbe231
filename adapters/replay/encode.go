package replay

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/immunebot/immune/bot"
)

// appendOutput writes o as the JSON encoder writes it (goccy/go-json
// without HTML escapes, a newline after it) and reports whether it could:
// it gives up on a string it would have to escape (a quote, a backslash, a
// control byte, U+2028 or U+2029, bytes that are not UTF-8) and on a score
// the encoder writes with an exponent or refuses, which the encoder then
// writes itself. FuzzAppendOutput holds it to the encoder byte for byte.
//
// It writes a line in about a fifth of the encoder's instructions, and
// without the copy of the verdict's name that Level.MarshalText makes.
func appendOutput(b []byte, o *Output) ([]byte, bool) {
	start := len(b)
	b = append(b, `{"id":`...)
	b, ok := appendPlain(b, o.ID)
	b = append(b, `,"verdict":`...)
	b, ok2 := appendPlain(b, o.Verdict.String())
	ok = ok && ok2 && o.Verdict >= bot.Allow && o.Verdict <= bot.Delete
	b = append(b, `,"score":`...)
	if s := math.Abs(o.Score); s != 0 && (s < 1e-6 || s >= 1e21) || math.IsNaN(o.Score) {
		ok = false
	}
	b = strconv.AppendFloat(b, o.Score, 'f', -1, 64)
	b = append(b, `,"reasons":`...)
	if o.Reasons == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, r := range o.Reasons {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"code":`...)
			b, ok2 = appendPlain(b, string(r.Code))
			ok = ok && ok2
			b = append(b, `,"detail":`...)
			b, ok2 = appendPlain(b, r.Detail)
			ok = ok && ok2
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"actions":`...)
	if o.Actions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, a := range o.Actions {
			if i > 0 {
				b = append(b, ',')
			}
			b, ok2 = appendPlain(b, string(a))
			ok = ok && ok2
		}
		b = append(b, ']')
	}
	b = append(b, `,"sweep":`...)
	if o.Sweep == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range o.Sweep {
			if i > 0 {
				b = append(b, ',')
			}
			b, ok2 = appendPlain(b, s)
			ok = ok && ok2
		}
		b = append(b, ']')
	}
	b = append(b, `,"user_state":{"strikes":`...)
	b = strconv.AppendInt(b, int64(o.UserState.Strikes), 10)
	b = append(b, `,"compromised":`...)
	b = strconv.AppendBool(b, o.UserState.Compromised)
	b = append(b, "}}\n"...)
	if !ok {
		return b[:start], false
	}
	return b, true
}

// appendErrorLine writes e as the JSON encoder writes it, or reports that
// it cannot (see appendOutput).
func appendErrorLine(b []byte, e *ErrorLine) ([]byte, bool) {
	start := len(b)
	b = append(b, `{"line":`...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, `,"error":`...)
	b, ok := appendPlain(b, e.Error)
	b = append(b, "}\n"...)
	if !ok {
		return b[:start], false
	}
	return b, true
}

// appendPlain writes s quoted, if it needs no escape: no quote, backslash
// or control byte, valid UTF-8 without U+2028 or U+2029 (which the encoder
// escapes, as JavaScript takes them for line ends).
func appendPlain(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' {
			return b, false
		}
		if c >= utf8.RuneSelf {
			if !plainUTF8(s[i:]) {
				return b, false
			}
			break
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), true
}

// plainUTF8 reports whether s is valid UTF-8 and holds no byte or rune
// appendPlain leaves to the encoder.
func plainUTF8(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += n
	}
	return true
}
