package brand

import "testing"

// TestNoticeName (infra45): a brand's name beside a notice's words or
// its own host flattened is read, strong with a second sign; beside a
// project's words it is not.
func TestNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"hetzner-billing.net", false, true},
		{"cloudflare-abuse-team.net", false, true},
		{"okta-suspension-appeal.net", true, true},
		{"console-aws-amazon.top", false, true},
		{"login-microsoftonline-com.xyz", true, true},
		{"portal-azure.cfd", false, true},
		{"openai-whisper.com", false, false},
		{"chatgpt-next-web.com", false, false},
		{"hetzner-cloud-terraform.com", false, false},
	})
}

// noticeNameCase is a host and what NoticeName should say of its
// registrable label: strong, and read at all.
type noticeNameCase struct {
	host         string
	strong, read bool
}

// checkNoticeNames matches each case's host against the run-time brands
// and holds NoticeName's reading of its label to the case's (a host read
// must match a brand at all). infra45's, maker46's and creator47's
// tables share it.
func checkNoticeNames(t *testing.T, cases []noticeNameCase) {
	t.Helper()
	m := NewRuntime(Protected())
	for _, tc := range cases {
		label, suffix := tc.host[:lastDot(tc.host)], tc.host[lastDot(tc.host)+1:]
		if mt, ok := m.Match(tc.host, tc.host, suffix); ok {
			strong, read := mt.NoticeName(label, suffix)
			if strong != tc.strong || read != tc.read {
				t.Errorf("%s: NoticeName = %v, %v (%s), want %v, %v", tc.host, strong, read, mt.Brand.Name, tc.strong, tc.read)
			}
		} else if tc.read {
			t.Errorf("%s: no match", tc.host)
		}
	}
}

// lastDot is the index of the last dot of s.
func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// TestWordTypo (infra45): a run-time matcher reads long Tool names
// slipped by a letter; a matcher built by New reads none.
func TestWordTypo(t *testing.T) {
	rt, bt := NewRuntime(Protected()), New(Protected())
	for _, tc := range []struct {
		word string
		want string
	}{
		{"cloudfalre", "Cloudflare"},
		{"namechap", "Namecheap"},
		{"proxmoxx", "Proxmox"},
		{"hetznre", "Hetzner"},
		{"forthnet", ""},
		{"airable", ""},
		{"cloudflare", ""},
		{"cl0udfalre", ""},
	} {
		got := ""
		if mt, ok := rt.WordTypo(tc.word, nil); ok {
			got = mt.Brand.Name
		}
		if got != tc.want {
			t.Errorf("WordTypo(%q) = %q, want %q", tc.word, got, tc.want)
		}
		if _, ok := bt.WordTypo(tc.word, nil); ok {
			t.Errorf("New's WordTypo(%q) read", tc.word)
		}
	}
}
