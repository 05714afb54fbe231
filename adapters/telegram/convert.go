package telegram

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// GroupAnonymousBotID is the account Telegram shows as the sender of a
// message an admin posts anonymously, on behalf of the group.
const GroupAnonymousBotID = 1087968824

// update is one update as the adapter reads it: the library's types, plus
// the few fields of newer Bot API versions that the library does not know.
type update struct {
	tgbotapi.Update
	x updateExtra
}

// updateExtra holds what the library's Update lacks.
type updateExtra struct {
	Message           *msgExtra `json:"message"`
	EditedMessage     *msgExtra `json:"edited_message"`
	ChannelPost       *msgExtra `json:"channel_post"`
	EditedChannelPost *msgExtra `json:"edited_channel_post"`
}

// msgExtra holds the fields of a message the library does not know.
type msgExtra struct {
	ThreadID      int            `json:"message_thread_id"`
	IsTopic       bool           `json:"is_topic_message"`
	ForwardOrigin *forwardOrigin `json:"forward_origin"`
	ReplyTo       *msgExtra      `json:"reply_to_message"`
}

// forwardOrigin is Bot API 7's MessageOrigin.
type forwardOrigin struct {
	Type            string         `json:"type"` // user, hidden_user, chat, channel
	SenderUser      *tgbotapi.User `json:"sender_user"`
	SenderUserName  string         `json:"sender_user_name"`
	SenderChat      *tgbotapi.Chat `json:"sender_chat"`
	Chat            *tgbotapi.Chat `json:"chat"`
	AuthorSignature string         `json:"author_signature"`
}

// decodeUpdate reads one update. It reports the update's id even when the
// rest cannot be read.
func decodeUpdate(raw []byte) (update, error) {
	var u update
	if err := json.Unmarshal(raw, &u.Update); err != nil {
		var id struct {
			UpdateID int `json:"update_id"`
		}
		_ = json.Unmarshal(raw, &id)
		u.UpdateID = id.UpdateID
		return u, fmt.Errorf("decode update %d: %w", id.UpdateID, err)
	}
	_ = json.Unmarshal(raw, &u.x) // the library's read is what counts
	return u, nil
}

// chatMessage returns the update's message, whether it is an edit, and its
// extra fields; nil if the update carries none.
func (u *update) chatMessage() (*tgbotapi.Message, bool, *msgExtra) {
	switch {
	case u.Message != nil:
		return u.Message, false, u.x.Message
	case u.EditedMessage != nil:
		return u.EditedMessage, true, u.x.EditedMessage
	case u.ChannelPost != nil:
		return u.ChannelPost, false, u.x.ChannelPost
	case u.EditedChannelPost != nil:
		return u.EditedChannelPost, true, u.x.EditedChannelPost
	}
	return nil, false, nil
}

// convert turns a Telegram message into the engine's message. It fills
// everything the message itself tells; MemberSince and the admin status
// of an ordinary sender are the adapter's to add. It reports false for a
// message with nothing to judge (a service message, a sticker) or no
// sender.
func convert(msg *tgbotapi.Message, x *msgExtra, edited bool) (bot.Message, bool) {
	if msg == nil || msg.Chat == nil {
		return bot.Message{}, false
	}
	m := bot.Message{
		ID:       strconv.Itoa(msg.MessageID),
		Platform: bot.Telegram,
		Chat:     strconv.FormatInt(msg.Chat.ID, 10),
		Time:     unixTime(msg.Date),
		Edited:   edited,
	}
	if edited && msg.EditDate != 0 {
		m.Time = unixTime(msg.EditDate)
	}
	switch {
	case msg.SenderChat != nil:
		// an anonymous admin, a channel's own post, or a member posting as
		// a channel: the chat is the sender
		m.User = strconv.FormatInt(msg.SenderChat.ID, 10)
		m.UserName = chatName(msg.SenderChat)
		if isAnonymousAdmin(msg) {
			m.IsAdmin = true
			if msg.AuthorSignature != "" {
				m.UserName = msg.AuthorSignature
			}
		} else {
			// a channel's public username: admins pardon it by @name
			m.Handle = msg.SenderChat.UserName
		}
	case msg.From != nil:
		m.User = strconv.FormatInt(msg.From.ID, 10)
		m.UserName = userName(msg.From)
		m.Handle = msg.From.UserName
	default:
		return bot.Message{}, false
	}

	text, entities := msg.Text, msg.Entities
	if text == "" {
		text, entities = msg.Caption, msg.CaptionEntities
	}
	m.Text = text
	m.Links = entityLinks(text, entities)
	if msg.ReplyMarkup != nil {
		for _, row := range msg.ReplyMarkup.InlineKeyboard {
			for _, b := range row {
				switch {
				case b.URL != nil && strings.TrimSpace(*b.URL) != "":
					m.Links = append(m.Links, bot.LinkRef{Text: b.Text, URL: strings.TrimSpace(*b.URL)})
				case b.LoginURL != nil && strings.TrimSpace(b.LoginURL.URL) != "":
					m.Links = append(m.Links, bot.LinkRef{Text: b.Text, URL: strings.TrimSpace(b.LoginURL.URL)})
				}
			}
		}
	}
	m.Attachments = attachments(msg)
	m.ForwardedFrom = forwardedFrom(msg, x)
	if m.Text == "" && len(m.Links) == 0 && len(m.Attachments) == 0 {
		return bot.Message{}, false
	}
	return m, true
}

// isAnonymousAdmin reports a message an admin posted anonymously, on
// behalf of the group itself.
func isAnonymousAdmin(msg *tgbotapi.Message) bool {
	return msg.SenderChat != nil && msg.Chat != nil && msg.SenderChat.ID == msg.Chat.ID &&
		msg.Chat.Type != "channel" && (msg.From == nil || msg.From.ID == GroupAnonymousBotID)
}

func unixTime(sec int) time.Time {
	if sec <= 0 {
		return time.Time{}
	}
	return time.Unix(int64(sec), 0).UTC()
}

// userName is a user's display name: first and last name, or the username.
func userName(u *tgbotapi.User) string {
	name := strings.TrimSpace(u.FirstName + " " + u.LastName)
	if name == "" {
		name = u.UserName
	}
	return name
}

// chatName is a chat's title, or its username.
func chatName(c *tgbotapi.Chat) string {
	name := c.Title
	if name == "" {
		name = strings.TrimSpace(c.FirstName + " " + c.LastName)
	}
	if name == "" {
		name = c.UserName
	}
	return name
}

// describeUser names a user for the record: "Name (@username)" or
// "Name (id 123)".
func describeUser(u *tgbotapi.User) string {
	if u.UserName != "" {
		return fmt.Sprintf("%s (@%s)", userName(u), u.UserName)
	}
	return fmt.Sprintf("%s (id %d)", userName(u), u.ID)
}

// describeChat names a chat for the record.
func describeChat(c *tgbotapi.Chat) string {
	if c.UserName != "" {
		return fmt.Sprintf("%s (@%s)", chatName(c), c.UserName)
	}
	return fmt.Sprintf("%s (id %d)", chatName(c), c.ID)
}

// forwardedFrom names the origin of a forwarded message: Bot API 7's
// forward_origin when Telegram sends it, the older fields otherwise.
func forwardedFrom(msg *tgbotapi.Message, x *msgExtra) string {
	if x != nil && x.ForwardOrigin != nil {
		o := x.ForwardOrigin
		switch {
		case o.SenderUser != nil:
			return describeUser(o.SenderUser)
		case o.SenderUserName != "":
			return o.SenderUserName
		case o.Chat != nil:
			return describeChat(o.Chat)
		case o.SenderChat != nil:
			return describeChat(o.SenderChat)
		}
	}
	switch {
	case msg.ForwardFrom != nil:
		return describeUser(msg.ForwardFrom)
	case msg.ForwardFromChat != nil:
		return describeChat(msg.ForwardFromChat)
	case msg.ForwardSenderName != "":
		return msg.ForwardSenderName
	}
	return ""
}

// entityLinks returns the links a text carries outside its visible
// characters: text_link entities, as the visible text and the target.
// Links written in the text (url entities) are the engine's to find. The
// text is indexed once, so the cost is linear whatever the number of
// entities.
func entityLinks(text string, entities []tgbotapi.MessageEntity) []bot.LinkRef {
	var out []bot.LinkRef
	var at utf16Index
	for _, e := range entities {
		url := strings.TrimSpace(e.URL)
		if e.Type != "text_link" || url == "" {
			continue
		}
		if at == nil {
			at = newUTF16Index(text)
		}
		visible, _ := at.slice(text, e.Offset, e.Length)
		out = append(out, bot.LinkRef{Text: visible, URL: url})
	}
	return out
}

// utf16Slice returns the part of s that starts at the UTF-16 code unit off
// and is n code units long, as Telegram counts entity offsets and lengths.
// It reports false when the range does not fall on character boundaries
// inside s.
func utf16Slice(s string, off, n int) (string, bool) {
	return newUTF16Index(s).slice(s, off, n)
}

// utf16Index maps the UTF-16 code units of a text, as Telegram counts
// entity offsets, to byte offsets: element u is where the character that
// starts at unit u begins, -1 for the second unit of a character encoded in
// two, and the last element is the length of the text.
type utf16Index []int

func newUTF16Index(s string) utf16Index {
	at := make(utf16Index, 0, len(s)+1)
	for i, r := range s {
		at = append(at, i)
		if utf16Len(r) == 2 {
			at = append(at, -1)
		}
	}
	return append(at, len(s))
}

// slice returns the n units of s from unit off, which at indexes; false when
// the range does not fall on character boundaries inside s.
func (at utf16Index) slice(s string, off, n int) (string, bool) {
	last := len(at) - 1
	if off < 0 || n < 0 || off > last || n > last-off {
		return "", false
	}
	start, end := at[off], at[off+n]
	if start < 0 || end < 0 {
		return "", false
	}
	return s[start:end], true
}

// utf16Len is the number of UTF-16 code units that encode r.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// attachments lists a message's files with names a person would see.
func attachments(msg *tgbotapi.Message) []bot.Attachment {
	var out []bot.Attachment
	add := func(name, defName, mime, defMIME string, size int) {
		if name == "" {
			name = defName
		}
		if mime == "" {
			mime = defMIME
		}
		out = append(out, bot.Attachment{Name: name, MIME: mime, Size: int64(size)})
	}
	if d := msg.Document; d != nil {
		add(d.FileName, "document", d.MimeType, "application/octet-stream", d.FileSize)
	} else if an := msg.Animation; an != nil {
		add(an.FileName, "animation.mp4", an.MimeType, "video/mp4", an.FileSize)
	}
	if n := len(msg.Photo); n > 0 {
		largest := msg.Photo[0]
		for _, p := range msg.Photo[1:] {
			if p.Width*p.Height > largest.Width*largest.Height {
				largest = p
			}
		}
		add("photo.jpg", "", "image/jpeg", "", largest.FileSize)
	}
	if v := msg.Video; v != nil {
		add(v.FileName, "video.mp4", v.MimeType, "video/mp4", v.FileSize)
	}
	if v := msg.VideoNote; v != nil {
		add("video_note.mp4", "", "video/mp4", "", v.FileSize)
	}
	if au := msg.Audio; au != nil {
		add(au.FileName, "audio.mp3", au.MimeType, "audio/mpeg", au.FileSize)
	}
	if v := msg.Voice; v != nil {
		add("voice.ogg", "", v.MimeType, "audio/ogg", v.FileSize)
	}
	return out
}
