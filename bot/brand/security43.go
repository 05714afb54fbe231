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
// particle, and Valve's Proton). Makers that run a site under many
// countries' endings (bitdefender.de, kaspersky.co.uk, eset.de,
// trendmicro.co.jp) own their name under every country's ending
// (AnyCountry; rev44a): a build there is theirs. Norton and McAfee, names
// of towns, families and firms too, do not.
var Security = []Brand{
	{Name: "Avast", Domains: []string{"avast.com", "avcdn.net", "avast.ru"}, Words: []string{"avast"}, Trade: securityTrade},
	{Name: "Avira", Domains: []string{"avira.com", "avira-update.com"}, Words: []string{"avira"}, Trade: securityTrade},
	{Name: "Bitdefender", Domains: []string{"bitdefender.com", "bitdefender.net"}, Names: []string{"bitdefender"}, AnyCountry: true, Trade: securityTrade},
	{Name: "Kaspersky", Domains: []string{"kaspersky.com", "kaspersky.ru", "kaspersky-labs.com"}, Names: []string{"kaspersky"}, AnyCountry: true, Trade: securityTrade},
	{Name: "McAfee", Domains: []string{"mcafee.com", "mcafeesecure.com"}, Words: []string{"mcafee"}, Trade: securityTrade},
	{Name: "Norton", Domains: []string{"norton.com", "nortonlifelock.com", "gen.digital", "symantec.com", "symantecliveupdate.com"}, Names: []string{"nortonlifelock"}, Words: []string{"norton"}, Trade: securityTrade},
	{Name: "ESET", Domains: []string{"eset.com"}, Words: []string{"eset", "nod32"}, AnyCountry: true, Trade: securityTrade},
	{Name: "Sophos", Domains: []string{"sophos.com"}, Words: []string{"sophos"}, Trade: securityTrade},
	{Name: "Trend Micro", Domains: []string{"trendmicro.com"}, Names: []string{"trendmicro"}, AnyCountry: true, Trade: securityTrade},
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
