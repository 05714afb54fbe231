package brand

import "testing"

// TestNoticeName (infra45): a brand's name beside a notice's words or
// its own host flattened is read, strong with a second sign; beside a
// project's words it is not.
func TestNoticeName(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		host         string
		strong, read bool
	}{
		{"hetzner-billing.net", false, true},
		{"cloudflare-abuse-team.net", false, true},
		{"okta-suspension-appeal.net", true, true},
		{"console-aws-amazon.top", false, true},
		{"login-microsoftonline-com.xyz", true, true},
		{"portal-azure.cfd", false, true},
		{"openai-whisper.com", false, false},
		{"chatgpt-next-web.com", false, false},
		{"hetzner-cloud-terraform.com", false, false},
	} {
		label, suffix := tc.host[:lastDot(tc.host)], tc.host[lastDot(tc.host)+1:]
		if mt, ok := m.Match(tc.host, tc.host, suffix); ok {
			strong, read := mt.NoticeName(label, suffix)
			if strong != tc.strong || read != tc.read {
				t.Errorf("%s: NoticeName = %v, %v, want %v, %v", tc.host, strong, read, tc.strong, tc.read)
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
