package discord

import (
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// maskedLink matches Discord's masked link markdown: [text](url),
// [text](<url>) and [text](url "title").
var maskedLink = regexp.MustCompile(`\[([^\[\]\n]+)\]\(\s*<?([a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>()]+)>?(?:\s+"[^"\n]*")?\s*\)`)

// bareURL matches a plain http(s) link in embed text.
var bareURL = regexp.MustCompile(`https?://[^\s<>()\[\]"]+`)

// unmask returns text as the reader sees it, each masked link replaced by
// its text, together with the masked links.
func unmask(text string) (string, []bot.LinkRef) {
	ms := maskedLink.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return text, nil
	}
	var b strings.Builder
	var links []bot.LinkRef
	last := 0
	for _, m := range ms {
		shown, target := text[m[2]:m[3]], text[m[4]:m[5]]
		b.WriteString(text[last:m[0]])
		b.WriteString(shown)
		last = m[1]
		links = append(links, bot.LinkRef{Text: shown, URL: target})
	}
	b.WriteString(text[last:])
	return b.String(), links
}

// embedText adds the links of an embed's markdown text: masked links with
// their text, and bare links.
func embedText(s string, links []bot.LinkRef) []bot.LinkRef {
	rest, masked := unmask(s)
	links = append(links, masked...)
	for _, u := range bareURL.FindAllString(rest, -1) {
		links = append(links, bot.LinkRef{URL: strings.TrimRight(u, ".,;:!?'")})
	}
	return links
}

// carried collects the links a message carries beside its content: embeds'
// URLs and the links in their text, and link buttons, in the order a
// reader meets them.
func carried(m *discordgo.Message, links []bot.LinkRef) ([]bot.LinkRef, []string) {
	var texts []string
	for _, e := range m.Embeds {
		if e == nil {
			continue
		}
		if u := strings.TrimSpace(e.URL); u != "" {
			links = append(links, bot.LinkRef{Text: e.Title, URL: u})
		}
		if e.Author != nil && strings.TrimSpace(e.Author.URL) != "" {
			links = append(links, bot.LinkRef{Text: e.Author.Name, URL: strings.TrimSpace(e.Author.URL)})
		}
		links = embedText(e.Description, links)
		for _, f := range e.Fields {
			if f != nil {
				links = embedText(f.Value, links)
			}
		}
	}
	var walk func(cs []discordgo.MessageComponent)
	walk = func(cs []discordgo.MessageComponent) {
		for _, c := range cs {
			switch c := c.(type) {
			case *discordgo.ActionsRow:
				walk(c.Components)
			case *discordgo.Section:
				walk(c.Components)
				if c.Accessory != nil {
					walk([]discordgo.MessageComponent{c.Accessory})
				}
			case *discordgo.Container:
				walk(c.Components)
			case *discordgo.Button:
				if u := strings.TrimSpace(c.URL); u != "" {
					links = append(links, bot.LinkRef{Text: c.Label, URL: u})
				}
			case *discordgo.TextDisplay:
				shown, masked := unmask(c.Content)
				texts = append(texts, shown)
				links = append(links, masked...)
			}
		}
	}
	walk(m.Components)
	return dedupe(links), texts
}

func dedupe(links []bot.LinkRef) []bot.LinkRef {
	if len(links) < 2 {
		return links
	}
	seen := make(map[bot.LinkRef]bool, len(links))
	out := links[:0]
	for _, l := range links {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// displayName is what a server shows for a member: the server nickname,
// else the global display name, else the user name.
func displayName(u *discordgo.User, mem *discordgo.Member) string {
	if mem != nil && mem.Nick != "" {
		return mem.Nick
	}
	if u == nil {
		return ""
	}
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}

// toMessage converts a Discord message into the engine's. at is the
// message's time for the engine: when it was sent, or edited.
func toMessage(m *discordgo.Message, at time.Time, edited bool) bot.Message {
	text, links := unmask(m.Content)
	links, texts := carried(m, links)
	if len(texts) > 0 {
		text = strings.Join(append([]string{text}, texts...), "\n")
		text = strings.TrimPrefix(text, "\n")
	}
	out := bot.Message{
		ID:       m.ID,
		Platform: bot.Discord,
		Chat:     m.ChannelID,
		Group:    m.GuildID,
		Time:     at,
		Text:     text,
		Links:    links,
		Edited:   edited,
	}
	if m.Author != nil {
		out.User, out.UserName = m.Author.ID, displayName(m.Author, m.Member)
	}
	if m.Member != nil {
		out.MemberSince = m.Member.JoinedAt
	}
	for _, a := range m.Attachments {
		if a != nil {
			out.Attachments = append(out.Attachments, bot.Attachment{Name: a.Filename, MIME: a.ContentType, Size: int64(a.Size)})
		}
	}
	if ref := m.MessageReference; ref != nil && ref.Type == discordgo.MessageReferenceTypeForward {
		out.ForwardedFrom = ref.ChannelID
		for _, s := range m.MessageSnapshots {
			if s.Message != nil {
				fwd := toMessage(s.Message, at, false)
				out.Text = strings.TrimPrefix(out.Text+"\n"+fwd.Text, "\n")
				out.Links = dedupe(append(out.Links, fwd.Links...))
				out.Attachments = append(out.Attachments, fwd.Attachments...)
			}
		}
	}
	return out
}

// looksEmpty reports a message that arrived with nothing in it at all: what
// Discord sends when the Message Content intent is missing.
func looksEmpty(m *discordgo.Message) bool {
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return false
	}
	return m.Content == "" && len(m.Attachments) == 0 && len(m.Embeds) == 0 && len(m.Components) == 0 &&
		len(m.StickerItems) == 0 && m.Poll == nil && len(m.MessageSnapshots) == 0
}
