package bot_test

import "testing"

// TestRev47cRealNearNames: real packages one slip from a well-known one
// (a letter changed for a key far from it, a letter left out of a short
// name, a letter added that no neighbour's key is beside, the first
// letter doubled, chart.js written chartjs) are not warned about; slips
// of the keys still are (rev47c).
func TestRev47cRealNearNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pip install scapy https://scapy.net/", false},
		{"pip install pymssql https://github.com/pymssql/pymssql", false},
		{"pip install faiss-gpu https://github.com/facebookresearch/faiss", false},
		{"npm i telegram https://gram.js.org/", false},
		{"npm i graphiql https://github.com/graphql/graphiql", false},
		{"pip install cchardet https://github.com/PyYoshi/cChardet", false},
		{"npm i chartjs https://www.chartjs.org/", false},
		{"pip install requesrs https://github.com/clipmaker/autocut", true},   // t for r: keys beside each other
		{"pip install tensorfkow https://github.com/clipmaker/autocut", true}, // k struck beside f
		{"pip install tensorfow https://github.com/clipmaker/autocut", true},
	})
}

// TestRev47cInstallWays: an install line written the ways chats write
// it (in a notebook's cell, capitalised, yarn global add, a runner, a
// quoted name) is read; a project's own scripts (npm run, uv run) are
// not packages (rev47c).
func TestRev47cInstallWays(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"!pip install ffmpeg-pyhton https://colab.research.google.com/drive/1abQz", true},
		{"%pip install requestss https://colab.research.google.com/drive/1abQz", true},
		{"Pip install moviepyy https://github.com/clipmaker/autocut", true},
		{"yarn global add axois https://github.com/overlaykid/alerts", true},
		{"bunx expresss https://github.com/overlaykid/alerts", true},
		{"uvx yt-dlpp https://github.com/clipmaker/autocut", true},
		{"pipx run openai-whisperrr https://github.com/clipmaker/autocut", true},
		{"pnpm dlx expresss https://github.com/overlaykid/alerts", true},
		{`pip install "pydubb" https://github.com/clipmaker/autocut`, true},
		{"npm run expresss https://github.com/overlaykid/alerts", false},
		{"!pip install -q gradio https://www.gradio.app/guides/quickstart", false},
	})
}

// TestRev47cCrackSites: crack sites written other ways (a year run on,
// crackz, fullcrack, Vietnamese bẻ khóa and vĩnh viễn, a portable or
// activated copy, a program of two words whose first is an English word)
// warn; a preset shop's premium pack does not (rev47c).
func TestRev47cCrackSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://flstudiocrack2025.com/", true},
		{"https://vstcrackz.com/", true},
		{"https://adobefullcrack.com/", true},
		{"https://capcut-pro-bekhoa.com/", true},
		{"https://capcut-pro-vinh-vien.com/", true},
		{"https://omnisphereportable.net/", true},
		{"https://davinci-resolve-studio-activation.com/", true},
		{"https://topaz-video-ai-free-download.com/", true},
		{"premium presets for weddings https://lightroom-premium-presets.com/", false},
	})
}

// TestRev47cDealPapersApart: a Vietnamese deal paper's words written
// apart (Hop_Dong for hợp đồng) name a paper as the joined ones do
// (rev47c).
func TestRev47cDealPapersApart(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"hợp đồng https://www.mediafire.com/file/abc/Hop_Dong_Hop_Tac.rar/file", true},
		{"hợp đồng https://www.mediafire.com/file/abc/hop_dong_final.rar/file", true},
		{"the hop sample pack https://www.mediafire.com/file/abc/hop_samples_vol2.rar/file", false},
	})
}
