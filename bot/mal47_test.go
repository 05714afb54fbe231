package bot_test

import "testing"

// TestMal47CreatorImpostors: a creator's program on a stranger's site
// named after it, serving a program or an archive, is flagged; the
// programs' own downloads are not (mal47).
func TestMal47CreatorImpostors(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"melodyne 5 studio https://melodyne-studio.com/Melodyne5_Setup.exe", true},
		{"omnisphere with the libraries https://omnisphere-library.com/Omnisphere_Installer.exe", true},
		{"topaz portable https://topaz-video-ai.org/TopazVideoAI.zip", true},
		{"bitwig 5 https://bitwig-studio-free.net/Bitwig_Studio_5.exe", true},
		{"font pack https://fontbundle-free.com/Fonts_Setup.msi", true},
		{"obs 31 https://cdn-fastly.obsproject.com/downloads/OBS-Studio-31.0-Windows-Installer.exe", false},
		{"reaper 7.28 https://www.reaper.fm/files/7.x/reaper728_x64-install.exe", false},
		{"the lut pack https://www.colorbydana.com/luts/Dana_Film_LUTs.zip", false},
		{"presets for lightroom https://lightroom-free-presets.com/", false},
	})
}

// TestMal47CrackSites: a site named for a program and a crack's word,
// or a creator's program and a download's or a licence's word, warns
// bare (mal47).
func TestMal47CrackSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"serum 2 https://serum-crack-download.com", true},
		{"after effects https://after-effects-crack.net", true},
		{"vsts https://vstcrack.monster", true},
		{"komplete https://komplete-torrent-free.com", true},
		{"capcut pro https://capcut-pro-download.net", true},
		{"davinci https://davinci-studio-license.com", true},
		{"the serum 2 update is free for owners https://xferrecords.com/products/serum-2", false},
		{"kontakt 8 https://www.native-instruments.com/en/products/komplete/samplers/kontakt-8/", false},
	})
}

// TestMal47DealPapers: a brief, a contract, an NDA or a media kit as an
// archive where anyone puts files, or as a program, is flagged; a PDF
// of one, a shared document and a pack's zip are not (mal47).
func TestMal47DealPapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the brief https://www.mediafire.com/file/x1y2z3/Campaign_Brief_2026.zip/file", true},
		{"terms https://github.com/brand-collab-docs/deal/releases/download/v1/Contract_Terms.7z", true},
		{"brief https://cdn.discordapp.com/attachments/1122334455/6677889900/Sponsorship_Brief.rar", true},
		{"kit https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/MediaKit.exe", true},
		{"the brief as a pdf https://www.dropbox.com/s/a8b7c6/Sponsorship_Brief_Q3.pdf?dl=0", false},
		{"contracts https://github.com/OpenZeppelin/openzeppelin-contracts/releases/download/v5.0.0/openzeppelin-contracts.zip", false},
		{"my drum kit https://www.producerkai.net/kits/Kai_Trap_Kit_2025.zip", false},
		{"press kit https://www.rodemic.com/presskit/RODE_Press_Kit.zip", false},
	})
}

// TestMal47TypoPackages: a near-miss of a well-known package's name given
// to an install command beside a link, or a package's page of one, warns;
// the real packages, real near-names and scoped packages do not (mal47).
func TestMal47TypoPackages(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://pypi.org/project/ffmpeg-pyhton/", true},
		{"npm install axois https://www.npmjs.com/package/axois", true},
		{"pip install pilow for thumbnails https://github.com/thumbmaker/yt-thumbs", true},
		{"pip install tensorfow https://github.com/ai-upscale/video-upscaler", true},
		{"npm i crossenv https://github.com/overlaykid/alert-server", true},
		{"pip install openai-whisperrr https://github.com/clipbot-dev/twitch-clip-bot", true},
		{"https://pypi.org/project/pydantic/", false},
		{"https://www.npmjs.com/package/request", false},
		{"pip install whisperx https://github.com/m-bain/whisperX", false},
		{"npm i @ffmpeg/ffmpeg @ffmpeg/util https://ffmpegwasm.netlify.app/", false},
		{"pip install pytube3 https://github.com/nficano/pytube", false},
		{"npm i preact https://preactjs.com/", false},
	})
}

// TestMal47FileSites: a site under .zip or .mov named with a paper's or
// a creator's file's word, written with a scheme, warns; a file of that
// name in prose is no link (mal47).
func TestMal47FileSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"open the brief https://brand-brief.mov/", true},
		{"the raw footage for your edit https://raw-footage.mov/", true},
		{"unzip brief.zip and read it, the template is https://www.canva.com/templates/", false},
	})
}

// TestMal47PackSites: a site of presets, templates, LUTs, brushes or fonts
// named after the program they are for serves its packs as archives, and
// is not read as the program's impostor; a program served there is
// (mal47; forge47 kept creators' programs out of productSites for this).
func TestMal47PackSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"brushes https://photoshop-brushes-pack.net/Brushes.zip", false},
		{"actions for photoshop https://photoshop-actions.net/downloads/Film_Actions.zip", false},
		{"presets https://lightroom-presets.net/free/Golden_Hour.zip", false},
		{"lightroom presets + plugin installer https://lightroom-presets-pack.com/LR_Presets_Installer.exe", true},
	})
}
