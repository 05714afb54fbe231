package brand

import "testing"

func TestSkeleton(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "steam", "steam"},
		{"upper case", "STEAM", "steam"},
		{"i passes for l", "discord", "dlscord"},
		{"Cyrillic d", "ԁiscord", "dlscord"},
		{"Cyrillic a", "pаypal", "paypal"},
		{"all Cyrillic but l", "раураl", "paypal"},
		{"Greek omicrons", "gοοgle", "google"},
		{"Armenian o", "օpensea", "opensea"},
		{"Latin small capital", "ᴅiscord", "dlscord"},
		{"dotless i", "dıscord", "dlscord"},
		{"l with stroke", "tełegram", "telegram"},
		{"grave accent", "dìscord", "dlscord"},
		{"acute accent", "googlé", "google"},
		{"Vietnamese", "việtcombank", "vletcombank"},
		{"d with stroke", "điscord", "dlscord"},
		{"sharp s", "ß", "b"},
		{"zeros", "g00gle", "google"},
		{"one", "paypa1", "paypal"},
		{"three, four, five", "4pp5t3r3", "appstere"},
		{"seven, eight, nine", "78g", "tbg"},
		{"rn is m", "rnicrosoft", "mlcrosoft"},
		{"vv is w", "vvhatsapp", "whatsapp"},
		{"cl is d", "cliscord", "dlscord"},
		{"pairs after folding", "c1iscord", "dlscord"},
		{"no look-alike kept", "日本", "日本"},
		{"empty", "", ""},
		{"longer than the stack buffer", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Skeleton(tc.in); got != tc.want {
				t.Errorf("Skeleton(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSkeletonLookAlike(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"rn and m", "rnicrosoft", "microsoft", true},
		{"vv and w", "vvhatsapp", "whatsapp", true},
		{"cl and d", "cliscord", "discord", true},
		{"Cyrillic d", "ԁiscord", "discord", true},
		{"l and i", "dlscord", "discord", true},
		{"one and l", "paypa1", "paypal", true},
		{"zeros", "faceb00k", "facebook", true},
		{"Cyrillic a", "pаypal", "paypal", true},
		{"upper-case I", "teIegram", "telegram", true},
		{"different words", "discover", "discord", false},
		{"an extra letter", "stream", "steam", false},
		{"doubled letter is not folded here", "gooogle", "google", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, b := Skeleton(tc.a), Skeleton(tc.b)
			if (a == b) != tc.same {
				t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q; same = %v, want %v", tc.a, a, tc.b, b, a == b, tc.same)
			}
		})
	}
}

func TestCollapse(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"google", "gogle"},
		{"gooogle", "gogle"},
		{"telegramm", "telegram"},
		{"steam", "steam"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			if got := collapse(tc.in); got != tc.want {
				t.Errorf("collapse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMixedScript(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		label string
		want  bool
	}{
		{"Latin", "paypal", false},
		{"Latin with digits and hyphen", "my-site2", false},
		{"Vietnamese Latin", "việtnam", false},
		{"Latin and Cyrillic", "pаypal", true},
		{"Cyrillic and a Latin l", "раураl", true},
		{"Latin and Greek", "gοogle", true},
		{"Latin and Armenian", "օpensea", true},
		{"Latin and Cherokee", "Ꭺpple", true},
		{"Cyrillic and Greek", "аβ", true},
		{"Latin and Han", "google日本", false},
		{"Latin and Hiragana", "googleひらがな", false},
		{"Latin and Katakana", "sonyカメラ", false},
		{"Latin and Hangul", "samsung한국", false},
		{"Han and Cyrillic", "日本а", false},
		{"pure Cyrillic", "привет", false},
		{"pure Greek", "αβγ", false},
		{"pure Han", "日本語", false},
		{"digits", "123", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := MixedScript(tc.label); got != tc.want {
				t.Errorf("MixedScript(%q) = %v, want %v", tc.label, got, tc.want)
			}
		})
	}
}

// TestSkeletonTR39 checks letters that only Unicode's full confusables
// table knows, not a hand-picked list.
func TestSkeletonTR39(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"Latin letter dental click", "paypaǀ", "paypal"},
		{"Cherokee", "ꭺpple", "apple"},
		{"mathematical bold", "𝐝𝐢𝐬𝐜𝐨𝐫𝐝", "dlscord"},
		{"full-width", "ｇｏｏｇｌｅ", "google"},
		{"Coptic o", "ⲟpensea", "opensea"},
		{"Lisu", "ꓜalo", "zalo"},
		{"Greek with tonos decomposes", "gόogle", "google"},
		{"Vietnamese keeps its base letters", "ngânhàng", "nganhang"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Skeleton(tc.in); got != tc.want {
				t.Errorf("Skeleton(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTR39TableSorted(t *testing.T) {
	t.Parallel()
	if len(tr39) < 5000 {
		t.Fatalf("tr39 has %d entries; the full table has over 5000", len(tr39))
	}
	for i := 1; i < len(tr39); i++ {
		if tr39[i-1].r >= tr39[i].r {
			t.Fatalf("tr39 out of order at %d: %U then %U", i, tr39[i-1].r, tr39[i].r)
		}
	}
	if p, ok := prototype('ǀ'); !ok || p != "l" {
		t.Errorf("prototype(U+01C0) = %q, %v", p, ok)
	}
}
