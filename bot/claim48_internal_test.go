package bot

import (
	"strings"
	"testing"
)

// TestClaimedSenderAllocs (rev48a): reading a claimed sender's name
// allocates nothing: its words are folded for the sets' look-ups on the
// stack (claimWordIn), not by strings.ToLower, which allocated for each
// capitalised word of a lead name in claim48's reading.
func TestClaimedSenderAllocs(t *testing.T) {
	for _, text := range []string{
		"Quillo Support Team: your account will be suspended, verify https://quillo-accountverify.com/",
		"MB Bank Thông Báo: tài khoản của bạn bị trừ phí https://mbbank-huyphi.net",
		"New Voicemail from Quillo Voice, listen https://quillo-voicemail.net/",
		"A recording was shared with you https://zoom-recshare.com/rec/99 - Zoom Video",
	} {
		var names [6]claimName
		if n, _, _ := claimedSender(text, nil, &names); n == 0 {
			t.Errorf("%q: no name read", text)
		}
		if a := testing.AllocsPerRun(50, func() { claimedSender(text, nil, &names) }); a != 0 {
			t.Errorf("%q: %.0f allocations, want 0", text, a)
		}
	}
}

// TestClaimedSenderEdges (rev48a): empty, blank, marks-only, unclosed,
// non-Latin and very long texts read no name or a bounded one, and never
// panic.
func TestClaimedSenderEdges(t *testing.T) {
	long := strings.Repeat("Quillo", 200)
	for _, text := range []string{
		"", " ", "-", " - ", "—", "— Zoom", "[", "[]", "[Zoom", "(Zoom", "Zoom (", "Zoom (VNA", "Zoom (VNA)",
		"Zoom:", ":", "from", "message from", "message from ", "x -", "Zoom -", "*", "**:", "» Zoom",
		"Đ: x", "テスト: x", "Тест — x", "\xff\xfe: x", "Zoom\xff: x", long + ": x", "x " + long + " - " + long,
		"message from " + long, "[" + long + "] x", strings.Repeat("A ", 500) + ": x",
	} {
		var names [6]claimName
		n, _, span := claimedSender(text, nil, &names)
		for i := range n {
			if names[i].n > claimMaxName {
				t.Errorf("%q: a name of %d letters", text, names[i].n)
			}
		}
		if n > 0 && span == "" {
			t.Errorf("%q: %d names but no span", text, n)
		}
	}
	for _, text := range []string{
		"Dr. Tran: please confirm https://drtran-dental.vn",
		"Do not log in at https://zoom-recshare.com, it is fake - Admin Team",
		"please confirm the booking https://minhphoto-studio.com - Anh Minh",
	} {
		var names [6]claimName
		if n, _, span := claimedSender(text, nil, &names); n != 0 {
			t.Errorf("%q: a person's title or a group's admins read as a sender's name (%q)", text, span)
		}
	}
}

// TestNameParts (rev48a): where a host's label holds a claimed name.
func TestNameParts(t *testing.T) {
	name := func(s string, part bool) *claimName {
		var nm claimName
		nm.n = copy(nm.b[:], s)
		nm.part = part
		return &nm
	}
	for _, tc := range []struct {
		label, name                string
		found, loose, other, third bool
	}{
		{"zoom-recshare", "zoom", true, false, true, false},
		{"mb-bank-huyphi", "mbbank", true, false, true, false},
		{"mb-bankhuyphi", "mbbank", false, false, true, false},
		{"quillovoicemail", "quillo", true, false, true, false},
		{"securezoom", "zoom", true, false, true, false},
		{"zoom2", "zoom", true, false, false, false},
		{"ubereats", "uber", true, true, true, false},
		{"janedoe", "jane", true, true, true, false},
		{"acer-vietnam", "acer", true, false, false, false},
		{"docker-registry-guide", "docker", true, false, true, true},
		{"", "zoom", false, false, false, false},
		{"-", "zoom", false, false, false, false},
		{"zoom-", "zoom", true, false, false, false},
		{"ab", "ab", false, false, false, false},
	} {
		found, loose, other, third := nameParts(tc.label, name(tc.name, false))
		if found != tc.found || loose != tc.loose || other != tc.other || third != tc.third {
			t.Errorf("nameParts(%q, %q) = %v %v %v %v, want %v %v %v %v", tc.label, tc.name,
				found, loose, other, third, tc.found, tc.loose, tc.other, tc.third)
		}
	}
}
