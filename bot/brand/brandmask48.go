package brand

import "strings"

// Apart returns what stands beside the brand's name in a stranger's
// registrable label (m a NameInDomain match), the name taken out:
// new-device of barclays-new-device, 365-securemail of
// microsoft365-securemail. It reads the name only where it is a
// hyphenated word of its own (digits may follow it) beside at least
// three letters of other words; false for a name run together with
// other letters (twitchtracker, killedbygoogle, vnptidc), for a Tool or
// Beside brand's (developers name their projects after them:
// stripe-payment-demo), and on the ending of a country one of the
// brand's domains ends in, where a local brand's own services are named
// so (vnpt-invoice.com.vn), as AccountName leaves them; false too for a
// punycode label (xn--…, whose letters are no words) and for a name of
// three letters or fewer beside a single word (shb-sync, acb-basketball:
// such a name is any acronym's as often; rev48b).
func (m *Match) Apart(label, suffix string) (rest string, ok bool) {
	b := m.Brand
	if m.Kind != NameInDomain || m.name == "" || b == nil || b.Tool || b.Beside || countryOwn(b, suffix) || len(label) > 63 ||
		strings.HasPrefix(label, "xn--") {
		return "", false
	}
	for at := 0; at+len(m.name) <= len(label); at++ {
		i := strings.Index(label[at:], m.name)
		if i < 0 {
			return "", false
		}
		i += at
		j := i + len(m.name)
		for j < len(label) && label[j] >= '0' && label[j] <= '9' {
			j++
		}
		if (i == 0 || label[i-1] == '-') && (j == len(label) || label[j] == '-') {
			switch {
			case i == 0:
				rest = strings.TrimPrefix(label[len(m.name):], "-")
			case i+len(m.name) == len(label):
				rest = label[:i-1]
			default:
				rest = label[:i-1] + label[i+len(m.name):]
			}
			return rest, LetterCount(rest) >= 3 && impostorRest(rest, len(m.name) <= 3)
		}
		at = i
	}
	return "", false
}

// LetterCount counts the ASCII letters of s.
func LetterCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// impostorRest reports whether what stands beside a brand's name is
// what an impostor's name holds there: one or two words (a number aside)
// of what the page does, at least one of them a word the lists of
// notices', accounts' and tools' words do not know (new-device,
// shared-link, securemail, suite-start: NoticeWord), none of them a
// tool's, a fan site's, a guide's or a project's (wordsTool: tracker,
// fans, guide, examples), which third parties name their sites after,
// with more words as often (barclays-cycle-hire-map). A name made only
// of known words is WordsName's and NoticeName's to weigh
// (youtube-channel-review, airbnb-host-fees: a review or a guide as
// often as a kit). Nor is a word of a subject the site is about
// (topicWord: golf, alumni, benchmarks, results; rev48b) nor two
// Vietnamese syllables that run together name one (viTopic: ty-gia,
// lich-su); short is true for a name of three letters or fewer, which
// needs two words beside it.
func impostorRest(rest string, short bool) bool {
	words, unknown := 0, 0
	var first, second string
	for w := range strings.SplitSeq(rest, "-") {
		w = strings.TrimRight(w, "0123456789")
		if w == "" {
			continue
		}
		words++
		class := NoticeWord(w)
		if class == 't' || topicWord(w, class) {
			return false
		}
		if class == 0 && w != "free" {
			unknown++
		}
		if words == 1 {
			first = w
		} else {
			second = w
		}
	}
	if words == 0 || words > 2 || unknown == 0 || short && words < 2 {
		return false
	}
	return !viTopic[first+second]
}
