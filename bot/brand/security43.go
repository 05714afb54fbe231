package brand

// Security are antivirus, security-suite and VPN makers protected at run
// time, as Runtime's brands are (the trainer reads links without them):
// "download the antivirus" and "install the VPN" are classic malware
// lures, served from fresh sites named after the maker (avast.io,
// surfshark.io, kasperskyguard.com). A name no word of English comes
// near (bitdefender, kaspersky, surfshark, nordvpn) is one of Names, so
// that it is read inside a longer label (bitdefenderguard); the others
// are Words, read whole or by their look: a short name (avast, eset,
// norton), and Malwarebytes, whose name read inside a label escalated a
// held-out tech line. Names that are ordinary words or read as other
// things are left out: AVG (avg, an average) and Proton alone (a
// particle, and Valve's Proton). The makers' sites under countries'
// endings are listed (bitdefender.de, kaspersky.co.uk, eset.de,
// trendmicro.co.jp; rev44a), not read by AnyCountry, which takes every
// two-letter ending for a country's, those sold to anyone as generic
// endings too (bitdefender.io, kaspersky.cc, eset.co are impostors').
var Security = []Brand{
	{Name: "Avast", Domains: []string{"avast.com", "avcdn.net", "avast.ru"}, Words: []string{"avast"}, Trade: securityTrade},
	{Name: "Avira", Domains: []string{"avira.com", "avira-update.com"}, Words: []string{"avira"}, Trade: securityTrade},
	{Name: "Bitdefender", Domains: []string{"bitdefender.com", "bitdefender.net", "bitdefender.de", "bitdefender.fr", "bitdefender.co.uk", "bitdefender.com.au", "bitdefender.ro", "bitdefender.es", "bitdefender.it", "bitdefender.nl", "bitdefender.com.br"}, Names: []string{"bitdefender"}, Trade: securityTrade},
	{Name: "Kaspersky", Domains: []string{"kaspersky.com", "kaspersky.ru", "kaspersky-labs.com", "kaspersky.de", "kaspersky.fr", "kaspersky.co.uk", "kaspersky.it", "kaspersky.es", "kaspersky.nl", "kaspersky.com.br", "kaspersky.co.in", "kaspersky.co.za", "kaspersky.ca", "kaspersky.co.jp", "kaspersky.com.tr", "kaspersky.com.au"}, Names: []string{"kaspersky"}, Trade: securityTrade},
	{Name: "McAfee", Domains: []string{"mcafee.com", "mcafeesecure.com"}, Words: []string{"mcafee"}, Trade: securityTrade},
	{Name: "Norton", Domains: []string{"norton.com", "nortonlifelock.com", "gen.digital", "symantec.com", "symantecliveupdate.com"}, Names: []string{"nortonlifelock"}, Words: []string{"norton"}, Trade: securityTrade},
	{Name: "ESET", Domains: []string{"eset.com", "eset.de", "eset.sk"}, Words: []string{"eset", "nod32"}, Trade: securityTrade},
	{Name: "Sophos", Domains: []string{"sophos.com"}, Words: []string{"sophos"}, Trade: securityTrade},
	{Name: "Trend Micro", Domains: []string{"trendmicro.com", "trendmicro.co.jp", "trendmicro.com.tw"}, Names: []string{"trendmicro"}, Trade: securityTrade},
	{Name: "Malwarebytes", Domains: []string{"malwarebytes.com", "malwarebytes.org", "mbamupdates.com", "mwbsys.com"}, Words: []string{"malwarebytes"}, Trade: securityTrade},
	{Name: "Surfshark", Domains: []string{"surfshark.com"}, Names: []string{"surfshark"}, Trade: securityTrade},
	{Name: "NordVPN", Domains: []string{"nordvpn.com", "nordcdn.com", "nordaccount.com", "nordsecurity.com", "nordpass.com", "nordlayer.com"}, Names: []string{"nordvpn"}, Words: []string{"nordpass", "nordlayer"}, Trade: securityTrade},
	{Name: "ExpressVPN", Domains: []string{"expressvpn.com"}, Names: []string{"expressvpn"}, Trade: securityTrade},
	{Name: "Proton VPN", Domains: []string{"protonvpn.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me"}, Names: []string{"protonvpn", "protonmail"}, Trade: securityTrade},
	{Name: "CyberGhost", Domains: []string{"cyberghostvpn.com"}, Names: []string{"cyberghost"}, Trade: securityTrade},
	{Name: "Mullvad", Domains: []string{"mullvad.net"}, Words: []string{"mullvad"}, Trade: securityTrade},
}

// securityTrade are the words fake sites of antivirus and VPN makers run
// a maker's name together with (Brand.Trade; rev44a): what they pose as
// (an installer, an activation or renewal page, a billing desk, a
// sign-in or support page), so that
// nortonsetup.com, nortoncom-setup.com's nortoncom, mcafeeactivate.com,
// avastantivirus.com and mullvadvpn.net read as the maker's name, as
// norton-setup.com did. Words of other trades stay apart: nortonhealthcare,
// nortonrosefulbright, avastin, and so do the service words of other
// trades (nortonservices, nortonbank). mcafeesecure.com, McAfee's old
// trust mark, is McAfee's.
var securityTrade = []string{"antivirus", "vpn", "security", "setup", "install", "installer", "download", "downloads",
	"activate", "activation", "renew", "renewal", "billing", "invoice", "refund", "subscription", "cancel", "key", "keys",
	"license", "free", "premium", "com", "official", "update", "updates", "scan", "scanner", "helpline", "customer",
	"login", "signin", "verify", "secure", "account", "support", "help", "portal"}
