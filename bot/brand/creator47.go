package brand

// Creator are the platforms content creators make, sell, license,
// stream and get paid through (creator47): the audio plugin and DAW
// makers, the music distributors and stores, the stock media sites, the
// video, design and photo tools, the streaming and tipping services, the
// creators' payout services and the podcast hosts. Their impostors name
// a page after the platform and what its notice to a creator is about:
// a payout, a royalty, a licence or its activation, a crack or a keygen,
// a copyright strike or a takedown, monetization, a partner, affiliate
// or sponsorship program, a creator fund, a badge, a stream key, a
// donation or a tip, a contest or an award (distrokid-royalty-release,
// splice-royalty-payout, ableton-license-renewal,
// spectrasonics-omnisphere-crack, soundcloud-copyright-strike,
// epidemicsound-partner-program, streamlabs-donations-hold,
// unsplash-contest-prize). They are protected at run time, as Runtime's
// brands are (the trainer reads links without them), and joined to
// Runtime when the package starts.
//
// Every one is a Tool brand: creators name their projects, plugins,
// scripts, sample packs and fan pages after them (obs-websocket,
// spotify-downloader, ableton-link, figma plugin samples), so the name
// is read only in a stranger's registrable name. Names that are words
// of English or people's or places' names (splice, avid, waves,
// steinberg, xfer, antares, autotune, blackmagic, canva, kick, kofi,
// riverside, audible, adobe, fourthwall) are Beside brands: read only
// whole beside a notice's words (Match.NoticeName), never alone or by
// their look (kickstarter, waveshare, canvas, riversidecounty,
// audiblemagic). Brands already protected (YouTube, Twitch, TikTok,
// Instagram, Figma, Gumroad, Discord) are not repeated, but for
// Twitch's own TwitchCon. Their Domains are where the brand alone
// serves its shop, sign-in and downloads; the hosts anyone's page gets
// a name under (canva.site, my.canva.site, bandcamp.com's artists'
// subdomains are the brand's own domain and stay trusted) are left out.
var Creator = []Brand{
	// audio plugin and DAW makers
	{Name: "Native Instruments", Domains: []string{"native-instruments.com"}, Names: []string{"nativeinstruments"}, Tool: true},
	{Name: "Splice", Domains: []string{"splice.com"}, Words: []string{"splice"}, Tool: true, Beside: true},
	{Name: "Ableton", Domains: []string{"ableton.com"}, Words: []string{"ableton", "abletonlive"}, Tool: true},
	{Name: "FL Studio", Domains: []string{"image-line.com", "flstudio.com"}, Names: []string{"flstudio"}, Words: []string{"imageline"}, Tool: true},
	{Name: "Bitwig", Domains: []string{"bitwig.com"}, Words: []string{"bitwig"}, Tool: true},
	{Name: "Avid Pro Tools", Domains: []string{"avid.com"}, Words: []string{"protools", "avid"}, Tool: true, Beside: true},
	{Name: "Steinberg", Domains: []string{"steinberg.net"}, Words: []string{"cubase", "steinberg", "nuendo", "wavelab"}, Tool: true, Beside: true},
	{Name: "Waves Audio", Domains: []string{"waves.com"}, Words: []string{"waves", "wavesaudio"}, Tool: true, Beside: true},
	{Name: "iZotope", Domains: []string{"izotope.com"}, Words: []string{"izotope"}, Tool: true},
	{Name: "FabFilter", Domains: []string{"fabfilter.com"}, Names: []string{"fabfilter"}, Tool: true},
	{Name: "Arturia", Domains: []string{"arturia.com"}, Words: []string{"arturia"}, Tool: true},
	{Name: "Spitfire Audio", Domains: []string{"spitfireaudio.com"}, Names: []string{"spitfireaudio"}, Tool: true},
	{Name: "Spectrasonics", Domains: []string{"spectrasonics.net"}, Words: []string{"spectrasonics", "omnisphere"}, Tool: true},
	{Name: "Xfer Records", Domains: []string{"xferrecords.com"}, Names: []string{"xferrecords"}, Words: []string{"xfer"}, Tool: true, Beside: true},
	{Name: "Antares Auto-Tune", Domains: []string{"antarestech.com"}, Names: []string{"antarestech"}, Words: []string{"antares", "autotune"}, Tool: true, Beside: true},
	{Name: "Plugin Boutique", Domains: []string{"pluginboutique.com"}, Names: []string{"pluginboutique"}, Tool: true},
	{Name: "KVR Audio", Domains: []string{"kvraudio.com"}, Names: []string{"kvraudio"}, Tool: true},
	// music making, distribution and stores
	{Name: "BandLab", Domains: []string{"bandlab.com"}, Names: []string{"bandlab"}, Tool: true},
	{Name: "Bandcamp", Domains: []string{"bandcamp.com", "bcbits.com"}, Names: []string{"bandcamp"}, Tool: true},
	{Name: "SoundCloud", Domains: []string{"soundcloud.com", "sndcdn.com", "snd.sc"}, Names: []string{"soundcloud"}, Tool: true},
	{Name: "Spotify", Domains: []string{"spotify.com", "spotifycdn.com", "scdn.co", "spoti.fi", "byspotify.com", "spotify.link", "anchor.fm"}, Words: []string{"spotify"}, Tool: true},
	{Name: "Beatport", Domains: []string{"beatport.com"}, Words: []string{"beatport"}, Tool: true},
	{Name: "BeatStars", Domains: []string{"beatstars.com"}, Names: []string{"beatstars"}, Tool: true},
	{Name: "DistroKid", Domains: []string{"distrokid.com"}, Names: []string{"distrokid"}, Tool: true},
	{Name: "TuneCore", Domains: []string{"tunecore.com"}, Names: []string{"tunecore"}, Tool: true},
	{Name: "CD Baby", Domains: []string{"cdbaby.com"}, Words: []string{"cdbaby"}, Tool: true},
	{Name: "Epidemic Sound", Domains: []string{"epidemicsound.com"}, Names: []string{"epidemicsound"}, Tool: true},
	{Name: "Artlist", Domains: []string{"artlist.io"}, Words: []string{"artlist"}, Tool: true},
	{Name: "Envato", Domains: []string{"envato.com", "audiojungle.net", "themeforest.net", "videohive.net", "graphicriver.net", "codecanyon.net", "photodune.net", "3docean.net", "envatousercontent.com"}, Names: []string{"audiojungle", "themeforest", "videohive", "graphicriver", "codecanyon"}, Words: []string{"envato"}, Tool: true},
	{Name: "Motion Array", Domains: []string{"motionarray.com"}, Names: []string{"motionarray"}, Tool: true},
	// video, design and photo tools
	{Name: "Blackmagic Design", Domains: []string{"blackmagicdesign.com"}, Names: []string{"blackmagicdesign", "davinciresolve"}, Words: []string{"blackmagic"}, Tool: true, Beside: true},
	{Name: "Adobe", Domains: []string{"adobe.com", "adobe.io", "adobelogin.com", "typekit.net", "behance.net", "frame.io"}, Words: []string{"adobe"}, Tool: true, Beside: true},
	{Name: "CapCut", Domains: []string{"capcut.com"}, Words: []string{"capcut"}, Tool: true},
	{Name: "Canva", Domains: []string{"canva.com"}, Words: []string{"canva"}, Tool: true, Beside: true},
	{Name: "Dribbble", Domains: []string{"dribbble.com"}, Words: []string{"dribbble"}, Tool: true},
	{Name: "Behance", Domains: []string{"behance.net", "adobe.com"}, Words: []string{"behance"}, Tool: true},
	{Name: "Flickr", Domains: []string{"flickr.com", "flic.kr", "staticflickr.com"}, Words: []string{"flickr"}, Tool: true},
	{Name: "Unsplash", Domains: []string{"unsplash.com"}, Words: []string{"unsplash"}, Tool: true},
	{Name: "Vimeo", Domains: []string{"vimeo.com", "vimeocdn.com", "livestream.com"}, Words: []string{"vimeo"}, Tool: true},
	{Name: "Skillshare", Domains: []string{"skillshare.com"}, Names: []string{"skillshare"}, Tool: true},
	// streaming, tipping and creators' payouts
	{Name: "OBS Studio", Domains: []string{"obsproject.com"}, Words: []string{"obsproject", "obsstudio"}, Tool: true},
	{Name: "Streamlabs", Domains: []string{"streamlabs.com"}, Words: []string{"streamlabs"}, Tool: true},
	{Name: "StreamElements", Domains: []string{"streamelements.com"}, Names: []string{"streamelements"}, Tool: true},
	{Name: "Kick", Domains: []string{"kick.com"}, Words: []string{"kick"}, Tool: true, Beside: true},
	{Name: "Twitch", Domains: []string{"twitch.tv", "twitchcon.com"}, Words: []string{"twitchcon"}, Tool: true},
	{Name: "Patreon", Domains: []string{"patreon.com", "patreonusercontent.com"}, Names: []string{"patreon"}, Tool: true},
	{Name: "Ko-fi", Domains: []string{"ko-fi.com"}, Words: []string{"kofi"}, Tool: true, Beside: true},
	{Name: "Fourthwall", Domains: []string{"fourthwall.com"}, Words: []string{"fourthwall"}, Tool: true, Beside: true},
	{Name: "Payoneer", Domains: []string{"payoneer.com"}, Names: []string{"payoneer"}, Tool: true},
	// podcasts and audiobooks
	{Name: "Riverside", Domains: []string{"riverside.fm"}, Words: []string{"riverside"}, Tool: true, Beside: true},
	{Name: "Descript", Domains: []string{"descript.com"}, Words: []string{"descript"}, Tool: true},
	{Name: "Podbean", Domains: []string{"podbean.com"}, Names: []string{"podbean"}, Tool: true},
	{Name: "Audible", Domains: []string{"audible.com", "audible.co.uk", "audible.de", "audible.fr", "audible.ca", "audible.com.au", "audible.in", "audible.it", "audible.es", "audible.co.jp", "acx.com"}, Words: []string{"audible"}, Tool: true, Beside: true},
}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (spotifyroyalty, capcutpremium: Brand.Trade)
	for i := range Creator {
		Creator[i].Trade = creatorTrade
	}
	Runtime = append(Runtime, Creator...)
}

// creatorTrade are the words a creator's platform's impostors run its
// name together with in one label (bandlabroyalties, cdbabypayout,
// artlistlicense, spotifyartistsverify is not: two words).
var creatorTrade = []string{"payout", "payouts", "royalty", "royalties", "license", "licence", "copyright", "verify",
	"verification", "login", "signin", "partner", "partners", "affiliate", "sponsor", "sponsorship", "donation",
	"donations", "contest", "award", "awards", "prize", "keygen", "crack", "cracked", "activation", "strike",
	"claim", "bonus", "giveaway", "premium", "monetization", "earnings", "withdraw"}

// creatorPlatforms are the video, social and selling platforms
// protected before creator47 whose creators' notices are read beside
// their names too (Twitch's TwitchCon entry in Creator is its own).
var creatorPlatforms = setOfWords("YouTube", "Twitch", "TikTok", "Instagram", "Facebook", "Figma", "Gumroad", "X (Twitter)")

// creatorBrands are the brands a creator is paid, licensed or judged by
// (Creator's and creatorPlatforms): beside their name a creator's
// notice's words (creatorNotice) are a notice's.
var creatorBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Creator {
		m[b.Name] = true
	}
	for n := range creatorPlatforms {
		m[n] = true
	}
	return m
}()

// creatorOwn reports whether b is one of Creator's platforms, beside
// whose name a creator's trade's words (creatorFiller) are fillers too;
// not creatorPlatforms, whose names people's apps and projects pair with
// such words (youtube-music-desktop.app, twitch-stream-tools).
func creatorOwn(b *Brand) bool {
	return creatorBrands[b.Name] && !creatorPlatforms[b.Name]
}

// creatorNotice are what a creator's platform's notice is about: a
// royalty, a payout held or released, a strike or a takedown,
// monetization, a partner, affiliate or sponsorship program, a creator
// fund, a badge, a stream key, a donation, a contest, an award
// or a prize, a cracked or keygen'd licence. Words a creator's own
// site is named with as often are fillers, not notices (creatorFiller):
// tips (ableton-tips, a tutorial's), patch and patches (a synth's
// sounds), draw, deal, collab, credits, program, release and hold.
var creatorNotice = setOfWords("royalty", "royalties", "strike", "strikes", "takedown", "monetization", "monetisation",
	"monetize", "monetized", "partner", "partners", "partnership", "partnerships", "affiliate", "affiliates", "sponsor",
	"sponsors", "sponsorship", "sponsorships", "fund", "funds", "creatorfund", "badge", "badges", "bluecheck",
	"bluebadge", "streamkey", "donation", "donations", "donate", "contest", "award", "awards", "prize", "prizes",
	"winner", "winners", "bonus", "earnings", "revenue", "withdraw", "withdrawal", "statement", "serial", "keycode",
	"invitation", "cashout", "grant", "crack", "cracked", "keygen", "licensing", "verified", "checkmark")

// creatorFiller are a creator's trade's words beside a platform's name:
// who the creator is, what they make, and the platform's products.
var creatorFiller = setOfWords("creator", "creators", "artist", "artists", "music", "studio", "live", "pro", "sound",
	"sounds", "samples", "sample", "plugin", "plugins", "bundle", "channel", "stream", "streamer", "streamers",
	"producer", "producers", "beats", "beat", "records", "audio", "labs", "collection", "template", "templates",
	"elements", "author", "authors", "contributor", "contributors", "portfolio", "gallery", "photo", "photos", "video",
	"videos", "podcast", "podcasts", "podcaster", "narrator", "teacher", "store", "shop", "for", "fm", "prime",
	"items", "assets", "stock", "creative", "design", "resolve", "omnisphere", "serum", "ozone", "kontakt",
	"komplete", "code", "sync", "repost", "contract", "staff", "pick", "cc", "v", "x", "suite", "identity", "fans",
	"tv", "partnered", "paid", "team", "key", "creativity", "blue", "tip", "tips", "patch", "patches",
	"draw", "deal", "deals", "collab", "credits", "program", "programme", "release", "hold")

// creatorKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a creator's platform: 'n' a notice's word,
// 'f' a filler, 0 neither (or b is none of creatorBrands).
func creatorKind(b *Brand, w string) byte {
	switch {
	case !creatorBrands[b.Name]:
		return 0
	case creatorNotice[w]:
		return 'n'
	case creatorFiller[w] && creatorOwn(b):
		// not beside the video and social platforms' names, whose
		// projects and apps are named with them (youtube-music-
		// desktop.app)
		return 'f'
	}
	return 0
}

// nameApart returns the first and the last of the label's
// hyphen-separated parts that spell the brand's name written apart
// (native-instruments-license-reset, epidemic-sound-partnership,
// plugin-boutique-giveaway), or, for a creator's platform
// (creatorBrands), the one part that is its name run together with one
// word of a notice (distrokidpayout, soundcloudcopyright,
// nativeinstrumentslicense): -1, -1 if there are none.
func nameApart(b *Brand, label, name string) (first, last int) {
	at, i := 0, 0 // at: the bytes of name spelt so far, from part first
	first = -1
	for start := 0; start <= len(label); i++ {
		end := start
		for end < len(label) && label[end] != '-' {
			end++
		}
		w := label[start:end]
		switch {
		case first >= 0 && at+len(w) <= len(name) && name[at:at+len(w)] == w:
			at += len(w)
		case len(w) < len(name) && len(w) > 0 && name[:len(w)] == w:
			first, at = i, len(w)
		case runTogether(w, name) && (creatorBrands[b.Name] && creatorJoined(w[len(name):]) || workJoined(b, w[len(name):]) || travelJoined(b, w[len(name):]) || studyJoined(b, w[len(name):]) || shopJoined(b, w[len(name):]) || govJoined(b, w[len(name):]) || billJoined(b, w[len(name):]) || careJoined(b, w[len(name):]) || autoJoined(b, w[len(name):]) || homeJoined(b, w[len(name):]) || familyJoined(b, w[len(name):])):
			return i, i
		default:
			first, at = -1, 0
		}
		if first >= 0 && at == len(name) {
			return first, i
		}
		start = end + 1
	}
	return -1, -1
}

// creatorJoined reports whether rest, what follows a creator's
// platform's name run together in one label, is one word of its notice
// (payout, royalties, copyright, license).
func creatorJoined(rest string) bool {
	return creatorNotice[rest] || noticeTrouble[rest] || accountWords[rest]
}

// creatorPirate are the notice's words that say what a creator's
// platform's impostor offers or holds whatever product it names: a
// crack, a keygen, a licence to activate, a payout or a royalty.
var creatorPirate = setOfWords("crack", "cracked", "keygen", "serial", "keycode", "activation", "activate",
	"license", "licence", "licensing", "payout", "payouts", "royalty", "royalties")

// creatorProduct reports whether the notice's words seen beside a
// creator's platform's name and one word NoticeName does not know (a
// product's: arturia-pigments-keygen, blackmagic-davinci-license,
// spitfire-bbcso-license) include one of creatorPirate: without one, a
// word of the name's own is a project's or a fan site's
// (ableton-push-tips, adobe-fonts-free).
func creatorProduct(seen []string) bool {
	for _, w := range seen {
		if creatorPirate[w] {
			return true
		}
	}
	return false
}

// creatorSoft are words of a notice elsewhere (noticeTrouble) that beside
// a creator's platform's name (creatorOwn) name a review site as often
// (waves-plugins-review, behance-portfolio-review; rev47e): fillers
// there. Free is one only after a freebie's word (creatorFreebie:
// canva-templates-free); alone beside the name (capcut-pro-free) it is
// an impostor's offer.
var creatorSoft = setOfWords("review", "reviews")

// creatorFreebie are what a creator's site gives away free beside a
// platform's name: templates, presets, samples, loops, icons, fonts.
var creatorFreebie = setOfWords("templates", "template", "presets", "preset", "samples", "loops", "icons", "fonts")

// creatorWeak are the notice's words that are ordinary words of a
// charity's, a business's or a club's name as well: a fund, a grant, a
// partner, an award, a prize, a winner, a donation, a contest.
var creatorWeak = setOfWords("fund", "funds", "grant", "partner", "partners", "partnership", "partnerships",
	"affiliate", "affiliates", "sponsor", "sponsors", "award", "awards", "prize", "prizes", "winner", "winners",
	"donation", "donations", "donate", "contest", "bonus", "revenue", "statement", "invitation")

// creatorWeakOnly reports whether a Beside brand's name (a word of
// English or a place's: riverside, adobe, kick, antares) stands beside
// creatorWeak's words alone (seen, the notice's words read) and no word
// of its own among the label's parts: riverside-fund.org,
// adobe-grant.org, kick-winners.com, audible-award-winners.com are a
// charity's, a builder's or a club's as often as an impostor's
// (kick-partner-program, kick-streamer-bonus still read; rev47e).
func creatorWeakOnly(b *Brand, seen []string, parts int) bool {
	if !b.Beside || !creatorBrands[b.Name] || len(seen) == 0 || parts-len(seen) >= 2 {
		return false
	}
	for _, w := range seen {
		if !creatorWeak[w] {
			return false
		}
	}
	return true
}
