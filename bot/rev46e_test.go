package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev46eOwnSiteBesidePiracyWords: a program's own download site (a
// domain of mal46's makers' list) beside a piracy offer's words is not
// "a place anyone can put a program"; a file host's share beside them
// still is (rev46e).
func TestRev46eOwnSiteBesidePiracyWords(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"retroarch nightly https://buildbot.libretro.com/nightly/windows/x86_64/RetroArch.7z and bios pack ask in dm", false},
		{"retroarch stable https://buildbot.libretro.com/stable/1.19.1/linux/x86_64/RetroArch.7z , bios pack instructions are in the docs", false},
		{"bios pack + prod keys for yuzu https://www.mediafire.com/file/x1y2z3/bios_pack_keys.zip", true},
		{"ps2 bios pack https://retroarch-bios.net/bios_pack.zip", true},
	})
}

// TestRev46eForgePagesBesidePiracyWords: a guide on a forge's pages
// (github.io, gitlab.io) beside the words of keys or BIOS is talk, as a
// code host's wiki is (rev46c); a file delivered there is an offer
// (rev46e).
func TestRev46eForgePagesBesidePiracyWords(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"where do prod keys go? https://yuzu-mirror.github.io/help/quickstart/", false},
		{"prod keys guide https://nh-server.github.io/switch-guide/extras/dumping_keys/", false},
		{"ps2 bios setup for aethersx2 https://aethersx2.github.io/docs/bios", false},
		{"bios pack https://retro-bios.github.io/bios.zip", true},
		{"prod keys download https://switch-keys.pages.dev/", true},
	})
}

// TestRev46eTorchBin: PyTorch's weights saved for transformers
// (pytorch_model.bin, sharded pytorch_model-00001-of-00002.bin) are a
// pickle: on a stranger's hub-like or cheap-ending name they warn as
// ml46's model files do; on the hub itself, and a firmware's .bin, they
// do not (rev46e).
func TestRev46eTorchBin(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the fine-tuned checkpoint https://hf-mirror.top/ckpt/pytorch_model.bin", true},
		{"merged https://huggingface-cdn.net/merged/pytorch_model-00001-of-00002.bin", true},
		{"weights https://huggingface.co/bert-base-uncased/resolve/main/pytorch_model.bin", false},
		{"the china mirror https://hf-mirror.com/bert-base-uncased/resolve/main/pytorch_model.bin", false},
	})
}

// TestRev46eReasonsNameWords: the reasons added this session name the
// words they matched in English and in Vietnamese (issue #9), a piracy
// offer's reason speaks of piracy and not of servers' admins, and a
// model file's finding is not summed up as a file of no kind (rev46e).
func TestRev46eReasonsNameWords(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, en, vi string }{
		{"Ngân hàng thông báo tài khoản của quý khách bị khóa, xác minh ngay: https://bit.ly/abc",
			`account ("bị khóa")`, `tài khoản ("bị khóa")`},
		{"Shopee hoàn tiền 250.000đ cho đơn hàng của bạn: https://shorturl.at/abc123",
			`a prize ("hoàn tiền")`, `khoản tiền ("hoàn tiền")`},
		{"modded apk of subway surfers https://bit.ly/free-prize-apk",
			`a modded app ("modded apk")`, `ứng dụng mod ("modded apk")`},
		{"prusa 90% off flash sale today only https://prusa-sale.shop/",
			"a sale, a prize", "giảm giá, quà tặng"},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		en, vi := "", ""
		for _, r := range j.Verdict.Reasons {
			en += r.Detail + "\n"
			vi += r.DetailIn(bot.Vietnamese) + "\n"
		}
		if !strings.Contains(en, tc.en) || !strings.Contains(vi, tc.vi) {
			t.Errorf("%q: reasons\n%s%s want %q and %q", tc.text, en, vi, tc.en, tc.vi)
		}
		if strings.Contains(en, "run servers") {
			t.Errorf("%q: a crack's reason for a piracy offer: %s", tc.text, en)
		}
	}
	j := judgeText(c, bot.Telegram, "new checkpoint https://models-share.xyz/ckpt/model.pt")
	for _, l := range []bot.Lang{bot.English, bot.Vietnamese} {
		if s := bot.Explain(l, &j.Verdict); strings.Contains(s, " is  (") || strings.Contains(s, " là  (") {
			t.Errorf("a model file summed up as a file of no kind: %s", s)
		}
	}
}
