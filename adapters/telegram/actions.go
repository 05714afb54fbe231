package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxText is the longest text sent in one message, in UTF-16 code units,
// as Telegram counts them (it takes 4096): an emoji outside the BMP
// counts two.
const maxText = 4000

// clipText keeps a text within maxText, ending one it cuts with "…".
func clipText(text string) string {
	if len(text) <= maxText {
		// no rune takes more UTF-16 code units than UTF-8 bytes
		return text
	}
	n := 0
	for i, r := range text {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if n+w > maxText-1 {
			if i+utf8.RuneLen(r) == len(text) && n+w <= maxText {
				return text
			}
			return text[:i] + "…"
		}
		n += w
	}
	return text
}

// threadOf returns the forum topic a message is in, so that an answer goes
// to the same topic even when the message it replies to is gone.
func threadOf(msg *tgbotapi.Message, x *msgExtra) int {
	if x != nil && x.IsTopic {
		return x.ThreadID
	}
	return 0
}

// outgoing says how a text is sent.
type outgoing struct {
	replyTo  int // message to reply to; sent all the same if it is gone
	thread   int // forum topic
	entities []tgbotapi.MessageEntity
}

// send sends a plain text: no parse mode, no link preview.
func (a *Adapter) send(ctx context.Context, chat int64, text string, o outgoing, action string) bool {
	params, ok := a.sendParams(chat, text, o, action)
	if !ok {
		return false
	}
	if _, err := a.call(ctx, "sendMessage", params); err != nil {
		lvl := "telegram message not sent"
		var ae *APIError
		if errors.As(err, &ae) && !ae.Temporary() {
			a.log.Warn(lvl, keyChat, chat, keyAction, action, keyErr, err.Error())
		} else {
			a.log.Error(lvl, keyChat, chat, keyAction, action, keyErr, err.Error())
		}
		return false
	}
	return true
}

// sendParams are the parameters of sendMessage for a plain text: no parse
// mode, no link preview. It reports false for a channel, where the bot
// never writes.
func (a *Adapter) sendParams(chat int64, text string, o outgoing, action string) (tgbotapi.Params, bool) {
	if _, ok := a.channels.Load(chat); ok {
		a.log.Debug("telegram: not writing in a channel", keyChat, chat, keyAction, action)
		return nil, false
	}
	text = clipText(text)
	params := tgbotapi.Params{
		"chat_id":                  strconv.FormatInt(chat, 10),
		"text":                     text,
		"disable_web_page_preview": "true",
		"link_preview_options":     `{"is_disabled":true}`,
	}
	if o.replyTo != 0 {
		params["reply_to_message_id"] = strconv.Itoa(o.replyTo)
		params["allow_sending_without_reply"] = "true"
	}
	if o.thread != 0 {
		params["message_thread_id"] = strconv.Itoa(o.thread)
	}
	if len(o.entities) > 0 {
		b, _ := json.Marshal(o.entities)
		params["entities"] = string(b)
	}
	return params, true
}

// sendTo sends a text to the chat named by target (a chat id as the
// engine keeps it), or to chat when target is empty. Another chat's text
// goes through that chat's queue.
func (a *Adapter) sendTo(ctx context.Context, chat int64, target, text, action string) {
	to := chat
	if target != "" {
		c, err := strconv.ParseInt(target, 10, 64)
		if err != nil {
			a.log.Warn("telegram: the log chat is not a Telegram chat id; sending here", keyChat, chat, "log_chat", target)
		} else {
			to = c
		}
	}
	if to == chat {
		a.send(ctx, chat, text, outgoing{}, action)
		return
	}
	a.q.enqueue(to, task{what: action, run: func(ctx context.Context) { a.send(ctx, to, text, outgoing{}, action) }})
}

// The permissions of a restricted member (none) and of a member whose
// restriction is lifted (all; Telegram then applies the chat's defaults).
var (
	noPermissions  = permissions(false)
	allPermissions = permissions(true)
)

func permissions(v bool) string {
	p := map[string]bool{}
	for _, k := range []string{"can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
		"can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
		"can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users",
		"can_pin_messages", "can_manage_topics", "can_send_media_messages"} {
		p[k] = v
	}
	b, _ := json.Marshal(p)
	return string(b)
}

// restrictParams are the parameters of restrictChatMember that mute a
// member until a time. It reports false, and logs why, when there is
// nothing to do: the sender is a chat, or the restriction is over.
func (a *Adapter) restrictParams(chat int64, user string, until time.Time) (tgbotapi.Params, bool) {
	uid, err := strconv.ParseInt(user, 10, 64)
	if err != nil || uid <= 0 {
		// a channel or the group itself speaking: Telegram restricts people only
		a.log.Info("telegram: not restricting a sender that is a chat", keyChat, chat, keyUser, user)
		return nil, false
	}
	if !until.After(a.opts.Now().Add(time.Minute)) {
		// Telegram takes an end less than 30s away as "forever"
		a.log.Info("telegram: restriction already over, not applied", keyChat, chat, keyUser, user, "until", until)
		return nil, false
	}
	return tgbotapi.Params{
		"chat_id":     strconv.FormatInt(chat, 10),
		"user_id":     user,
		"permissions": noPermissions,
		"until_date":  strconv.FormatInt(until.Unix(), 10),
	}, true
}

// lift gives a member back every permission.
func (a *Adapter) lift(ctx context.Context, chat int64, user string) {
	params := tgbotapi.Params{
		"chat_id":     strconv.FormatInt(chat, 10),
		"user_id":     user,
		"permissions": allPermissions,
	}
	if _, err := a.call(ctx, "restrictChatMember", params); err != nil {
		a.logRefusal(ctx, chat, "lift", user, err)
		return
	}
	a.log.Info("telegram restriction lifted", keyChat, chat, keyUser, user)
}

func (a *Adapter) logRefusal(ctx context.Context, chat int64, action, user string, err error) {
	var ae *APIError
	if errors.As(err, &ae) && !ae.Temporary() {
		a.log.Warn("telegram refused", keyChat, chat, keyUser, user, keyAction, action, keyErr, err.Error())
		a.rightsProblem(ctx, chat)
		return
	}
	a.log.Error("telegram action NOT done", keyChat, chat, keyUser, user, keyAction, action, keyErr, err.Error())
}
