package model

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// LinkSignal names one input of the link stage of the combiner: what the
// classifier found about one link.
type LinkSignal uint8

// The link signals. Each is 0 when absent; most are 1 when present.
const (
	SigModel        LinkSignal = iota // the link model's logit, clamped to [-8, 8]
	SigLookalike                      // spelled like a protected brand
	SigHomoglyph                      // written with look-alike characters
	SigMixedScript                    // one label mixes alphabets
	SigBrandName                      // a brand's name in the registrable domain
	SigBrandSub                       // a brand's name in a subdomain
	SigDomainInHost                   // a brand's domain, or a name and a TLD, at the start of another domain
	SigHostingBrand                   // a brand's name on a free-hosting site
	SigAbusedTLD                      // how much the TLD is abused, 0..0.3
	SigDomainWords                    // lure words in the name: count / 3
	SigShortener                      // a URL shortener
	SigRawIP                          // a public IP address for a host
	SigPort                           // a port other than the scheme's own
	SigSchemeWords                    // words of a scheme in the name (airdrop, migrate, taixiu, vaytien): count / 2
	SigBrandService                   // a brand's name beside nothing but a service's words in the registrable domain (usps-tracking): how impostors name a page
	NumLinkSignals
)

var linkSignalNames = [NumLinkSignals]string{"model", "lookalike", "homoglyph", "mixed_script", "brand_name",
	"brand_subdomain", "domain_in_host", "hosting_brand", "abused_tld", "domain_words", "shortener", "raw_ip", "port", "scheme_words", "brand_service"}

// String names the signal as combine.json does.
func (s LinkSignal) String() string { return linkSignalNames[s] }

// LinkSignals are the values of the link signals for one link.
type LinkSignals [NumLinkSignals]float32

// MsgSignal names one input of the message stage of the combiner.
type MsgSignal uint8

// The message signals.
const (
	MsgLure        MsgSignal = iota // lure words beside the links, 0..1
	MsgLureLink                     // lure × σ(worst link logit + Gate): how suspect the link beside the words is
	MsgLureTrusted                  // lure beside links that are all official or reputable
	MsgNewMember                    // 1: joined minutes ago; 0.5 within the hour; 0.25 within the day
	MsgMassMention                  // @everyone or @here
	MsgMassLure                     // @everyone or @here with lure words, whatever the link
	MsgEdit                         // an edit added the link
	MsgEcho                         // the domain is built from the lure's own words
	NumMsgSignals
)

var msgSignalNames = [NumMsgSignals]string{"lure", "lure_link", "lure_trusted", "new_member", "mass_mention",
	"mass_lure", "edit_added_link", "echo"}

// String names the signal as combine.json does.
func (s MsgSignal) String() string { return msgSignalNames[s] }

// MsgSignals are the values of the message signals for one message.
type MsgSignals [NumMsgSignals]float32

// Combiner turns signals into a logit in two fitted stages. The link stage
// scores each link: Link · signals + LinkBias, scaled so that 0 is the
// warn point and DeletePoint the delete point. The message stage adds
// Msg · signals to the logit of the worst link.
type Combiner struct {
	LinkBias float64
	Link     [NumLinkSignals]float64
	Msg      [NumMsgSignals]float64
	// NoLink is the logit of a message whose links are all official or
	// reputable, or that has only files.
	NoLink float64
	// Gate shifts the worst link's logit before it gates lure words
	// (MsgLureLink): lure words count in full beside a link well above
	// -Gate and little beside one well below.
	Gate float64
}

// LureGate is how much lure words beside a link with this logit count.
func (c *Combiner) LureGate(link float64) float64 { return Sigmoid(link + c.Gate) }

// LinkLogit scores one link.
func (c *Combiner) LinkLogit(s *LinkSignals) float64 {
	z := c.LinkBias
	for i, v := range s {
		z += c.Link[i] * float64(v)
	}
	return z
}

// MsgLogit adds the message signals to a link logit.
func (c *Combiner) MsgLogit(link float64, s *MsgSignals) float64 {
	z := link
	for i, v := range s {
		z += c.Msg[i] * float64(v)
	}
	return z
}

// ClampModel bounds a link model logit for the combiner.
func ClampModel(x float64) float32 { return float32(max(-8, min(8, x))) }

// combineFile is combine.json.
type combineFile struct {
	Note     string             `json:"note"`
	LinkBias float64            `json:"link_bias"`
	Link     map[string]float64 `json:"link"`
	Msg      map[string]float64 `json:"message"`
	NoLink   float64            `json:"no_link"`
	Gate     float64            `json:"gate"`
}

// MarshalJSON writes the combiner with named coefficients.
func (c *Combiner) MarshalJSON() ([]byte, error) {
	f := combineFile{Note: "fitted by go run ./cmd/train; see README.md, How detection works", LinkBias: round(c.LinkBias),
		Link: map[string]float64{}, Msg: map[string]float64{}, NoLink: round(c.NoLink), Gate: round(c.Gate)}
	for i, w := range c.Link {
		f.Link[LinkSignal(i).String()] = round(w)
	}
	for i, w := range c.Msg {
		f.Msg[MsgSignal(i).String()] = round(w)
	}
	return json.MarshalIndent(f, "", "  ")
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// UnmarshalJSON reads a combiner; every coefficient must be named.
func (c *Combiner) UnmarshalJSON(b []byte) error {
	var f combineFile
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	c.LinkBias, c.NoLink, c.Gate = f.LinkBias, f.NoLink, f.Gate
	for i := range c.Link {
		w, ok := f.Link[LinkSignal(i).String()]
		if !ok {
			return fmt.Errorf("combine: no coefficient for link signal %q", LinkSignal(i))
		}
		c.Link[i] = w
	}
	for i := range c.Msg {
		w, ok := f.Msg[MsgSignal(i).String()]
		if !ok {
			return fmt.Errorf("combine: no coefficient for message signal %q", MsgSignal(i))
		}
		c.Msg[i] = w
	}
	return nil
}

//go:embed combine.json
var combineJSON []byte

var (
	combOnce sync.Once
	comb     *Combiner
)

// Combination returns the embedded combiner. It panics if combine.json is
// damaged, which a test catches before any release.
func Combination() *Combiner {
	combOnce.Do(func() {
		comb = new(Combiner)
		if err := json.Unmarshal(combineJSON, comb); err != nil {
			panic("model: embedded combine.json: " + err.Error())
		}
	})
	return comb
}
