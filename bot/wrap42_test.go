package bot_test

import (
	"net/url"
	"testing"

	"github.com/immunebot/immune/bot"
)

// wrapped42 returns link written behind one of the redirectors chat
// pastes links through: Google's /url?q= (0), Facebook's link shim (1),
// VK's away.php (2), YouTube's redirect (3) and Outlook's Safe Links (4).
func wrapped42(link string, via int) string {
	e := url.QueryEscape(link)
	switch via {
	case 1:
		return "https://l.facebook.com/l.php?u=" + e + "&h=AT0xYz"
	case 2:
		return "https://vk.com/away.php?to=" + e + "&cc_key="
	case 3:
		return "https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbX&q=" + e
	case 4:
		return "https://eur01.safelinks.protection.outlook.com/?url=" + e + "&data=05%7C02&reserved=0"
	}
	return "https://www.google.com/url?q=" + e + "&sa=D&source=editors&ust=1733400000000000&usg=AOvVaw0x"
}

// TestWrappedPlainHTTPReadAsTwins (wrap42): a project's build, install
// one-liner or quiet page written over plain HTTP behind a redirector
// is judged as the same link written out: as its HTTPS twin, and
// allowed. The twins read the scheme from the text as written, so
// before wrap42 each build and one-liner was flagged behind a wrapper
// while allowed written out.
func TestWrappedPlainHTTPReadAsTwins(t *testing.T) {
	t.Parallel()
	cases := []struct {
		before, link, after string
	}{
		{"grab it from ", "http://www.7-zip.org/a/7z2408-x64.exe", ""},
		{"", "http://download.videolan.org/pub/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", ""},
		{"sdl2 for mingw ", "http://www.libsdl.org/release/SDL2-devel-2.30.9-mingw.zip", ""},
		{"the bash one is ", "http://dot.net/v1/dotnet-install.sh", ""},
		{"the windows script ", "http://astral.sh/uv/install.ps1", ""},
		{"", "http://tildeslash.com/libzdb", ""},
		{"", "HTTP://www.7-zip.org/a/7z2408-x64.exe", ""},
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.before+tc.link+tc.after).Verdict; v.Level != bot.Allow {
			t.Fatalf("%q written out: %s (%.2f) %v, want allowed", tc.link, v.Level, v.Score, v.Reasons)
		}
		for via := range 5 {
			text := tc.before + wrapped42(tc.link, via) + tc.after
			if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
				t.Errorf("%q: %s (%.2f) %v, want allowed as written out", text, v.Level, v.Score, v.Reasons)
			}
		}
	}
}

// TestWrappedPlainHTTPDropsStayFlagged (wrap42): behind a redirector
// the twins keep every condition they keep written out: a compromised
// site's folder under a name of its own, bait beside an official build,
// a lookalike's name, a cheap ending, a drawn name, a kit's path.
// Each is flagged written out too, and the wrapper's own reason (where
// the link leads) stays.
func TestWrappedPlainHTTPDropsStayFlagged(t *testing.T) {
	t.Parallel()
	cases := []struct {
		before, link string
	}{
		{"", "http://www.lakesidefamilydental.com/download/QuickView-2.1.exe"},
		{"cracked, works: ", "http://www.7-zip.org/a/7z2408-x64.exe"},
		{"your invoice ", "http://www.wireshark.org/download/win64/Wireshark-4.4.1-x64.exe"},
		{"", "http://www.7-zlp.org/a/7z2408-x64.exe"},
		{"", "http://anydesk.app/download/8.0.1/anydesk-8.0.1.exe"},
		{"new version ", "http://lanternworks.net/assets/install.sh"},
		{"install this update ", "http://brookfieldvet.com/files/setup.sh"},
		{"", "http://www.hollowayhq.com/rent/index.php"},
		{"", "http://www.hollowayhq.com/libzdb?cmd=login"},
		{"", "http://bonus-coupons-online.com/action"},
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.before+tc.link).Verdict; v.Level == bot.Allow {
			t.Fatalf("%q written out: allowed (%.2f), want flagged", tc.link, v.Score)
		}
		for via := range 5 {
			text := tc.before + wrapped42(tc.link, via)
			v := judgeText(c, bot.Telegram, text).Verdict
			if v.Level == bot.Allow {
				t.Errorf("%q: allowed (%.2f), want flagged", text, v.Score)
				continue
			}
			leads := false
			for _, r := range v.Reasons {
				leads = leads || r.Code == bot.CodeRedirect
			}
			if !leads {
				t.Errorf("%q: %v, want the wrapper's reason", text, v.Reasons)
			}
		}
	}
}

// TestWrappedPlainHTTPTwinKeepsItsOwnMemo (wrap42): behind a wrapper
// the twin's signals are kept under its destination's HTTPS form, not
// under the wrapper's text, so the same wrapped link posted next beside
// bait (no twin read) is judged as a classifier that never saw the twin
// judges it. Kept under the wrapper's text, the twin's signals would
// answer for the link itself.
func TestWrappedPlainHTTPTwinKeepsItsOwnMemo(t *testing.T) {
	t.Parallel()
	link := wrapped42("http://f-droid.org/F-Droid.apk", 0)
	baited := "is this you in the photo? " + link
	fresh := judgeText(bot.NewClassifier(bot.ClassifierConfig{}), bot.Telegram, baited).Verdict
	if fresh.Level == bot.Allow {
		t.Fatalf("beside bait: allowed (%.2f), want flagged", fresh.Score)
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	if v := judgeText(c, bot.Telegram, "f-droid "+link).Verdict; v.Level != bot.Allow {
		t.Fatalf("plain: %s (%.2f) %v, want allowed", v.Level, v.Score, v.Reasons)
	}
	if v := judgeText(c, bot.Telegram, baited).Verdict; v.Level != fresh.Level || v.Score != fresh.Score || len(v.Reasons) != len(fresh.Reasons) {
		t.Errorf("beside bait after the twin: %s (%.3f) %v, want %s (%.3f) %v as judged fresh", v.Level, v.Score, v.Reasons, fresh.Level, fresh.Score, fresh.Reasons)
	}
}
