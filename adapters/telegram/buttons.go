package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// keyboard is the inline keyboard of an admin note: one button a row, so
// that the labels read in full on a phone. Nil buttons make an empty
// keyboard, which removes the old one.
func keyboard(bs []bot.Button) string {
	rows := [][]tgbotapi.InlineKeyboardButton{}
	for _, b := range bs {
		data := b.Data
		rows = append(rows, []tgbotapi.InlineKeyboardButton{{Text: b.Label, CallbackData: &data}})
	}
	out, _ := json.Marshal(tgbotapi.InlineKeyboardMarkup{InlineKeyboard: rows})
	return string(out)
}

// sentID reads the message id from sendMessage's answer.
func sentID(raw json.RawMessage) (int, bool) {
	var m struct {
		MessageID int `json:"message_id"`
	}
	if err := json.Unmarshal(raw, &m); err != nil || m.MessageID == 0 {
		return 0, false
	}
	return m.MessageID, true
}

// noteParams are the sendMessage parameters of an admin note about a
// case: the note as it stands and its buttons.
func (a *Adapter) noteParams(ctx context.Context, chat int64, t *bot.Task, o outgoing) (tgbotapi.Params, bool) {
	text := t.Text
	var bs []bot.Button
	if t.Case != "" {
		if c, err := a.engine.Case(ctx, t.Case); err == nil {
			text, bs = a.engine.NoteView(ctx, &c)
		} else if !errors.Is(err, bot.ErrNotFound) {
			a.log.Warn("telegram: the case of an admin note could not be read; sent without buttons", keyChat, chat, "case", t.Case, keyErr, err.Error())
		}
	}
	p, ok := a.sendParams(chat, text, o, string(t.Action))
	if ok && len(bs) > 0 {
		p["reply_markup"] = keyboard(bs)
	}
	return p, ok
}

// recordSent tells the engine the id of a notice or note sent about a
// case, so that /why in reply to it finds the case.
func (a *Adapter) recordSent(ctx context.Context, t *bot.Task, chat int64, raw json.RawMessage) {
	if t.Case == "" {
		return
	}
	id, ok := sentID(raw)
	if !ok {
		return
	}
	ref := bot.MessageRef{Platform: bot.Telegram, Chat: strconv.FormatInt(chat, 10), ID: strconv.Itoa(id)}
	if err := a.engine.Sent(ctx, t.Case, ref); err != nil {
		a.log.Warn("telegram: a message about a case was not recorded; /why in reply to it will not find it", keyChat, ref.Chat, "case", t.Case, keyErr, err.Error())
	}
}

// maxAnswer is the longest text answerCallbackQuery shows, in characters.
const maxAnswer = 200

// onCallback handles a button pressed under an admin note: it verifies
// that the presser is an admin of the chat the note is about (not only of
// the log chat it is in), has the engine carry the press out once, answers
// the presser, shows the note as it stands now and does on the platform
// what the press asks (lift a mute, ban, repost).
func (a *Adapter) onCallback(ctx context.Context, cq *tgbotapi.CallbackQuery) {
	if cq.From == nil {
		return
	}
	action, id, ok := bot.ParseButton(cq.Data)
	if !ok {
		a.answerCallback(ctx, cq.ID, "", false)
		return
	}
	user := strconv.FormatInt(cq.From.ID, 10)
	req := bot.PressRequest{Platform: bot.Telegram, Case: id, Action: action, User: user, UserName: userName(cq.From),
		Lang: bot.Lang(cq.From.LanguageCode), Time: a.opts.Now()}
	c, err := a.engine.Case(ctx, id)
	if err == nil {
		if chat, perr := strconv.ParseInt(c.Message.Chat, 10, 64); perr == nil {
			req.IsAdmin = a.isAdmin(ctx, &tgbotapi.Chat{ID: chat, Type: "supergroup"}, cq.From.ID)
		}
	}
	res, err := a.engine.Press(ctx, req)
	if err != nil {
		a.log.Error("telegram: a button press failed", keyUser, user, keyAction, string(action), "case", id, keyErr, err.Error())
	}
	a.log.Info("telegram button pressed", keyUser, user, keyAction, string(action), "case", id, "admin", req.IsAdmin,
		"refused", res.Refused, "done", res.Done)
	a.answerCallback(ctx, cq.ID, res.Answer, res.Refused)
	if res.Refused {
		return
	}
	if m := cq.Message; m != nil && m.Chat != nil && res.Note != "" {
		a.editNote(ctx, m.Chat.ID, m.MessageID, res.Note, res.Buttons)
	}
	for _, l := range res.Lift {
		if lc, err := strconv.ParseInt(l.Chat, 10, 64); err == nil && l.Platform == bot.Telegram {
			u := l.User
			a.q.enqueue(lc, task{what: "lift", run: func(ctx context.Context) { a.lift(ctx, lc, u) }})
		}
	}
	if b := res.Ban; b != nil {
		if bc, err := strconv.ParseInt(b.Chat, 10, 64); err == nil {
			u := b.User
			a.q.enqueue(bc, task{what: "ban", run: func(ctx context.Context) { a.ban(ctx, bc, u) }})
		}
	}
	if r := res.Repost; r != nil {
		if rc, err := strconv.ParseInt(r.Chat, 10, 64); err == nil {
			text := r.Text
			a.q.enqueue(rc, task{what: "repost", run: func(ctx context.Context) { a.send(ctx, rc, text, outgoing{}, "repost") }})
		}
	}
}

// answerCallback answers a button press: a short text only the presser
// sees, as an alert when it is a refusal.
func (a *Adapter) answerCallback(ctx context.Context, id, text string, alert bool) {
	if utf8.RuneCountInString(text) > maxAnswer {
		text = string([]rune(text)[:maxAnswer-1]) + "…"
	}
	p := tgbotapi.Params{"callback_query_id": id}
	if text != "" {
		p["text"] = text
	}
	if alert {
		p["show_alert"] = "true"
	}
	// a press unanswered for 15 seconds shows an error to the presser;
	// no point retrying longer
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if _, err := a.call(ctx, "answerCallbackQuery", p); err != nil {
		a.log.Warn("telegram: a button press was not answered", keyErr, err.Error())
	}
}

// editNote shows an admin note as it stands after a press.
func (a *Adapter) editNote(ctx context.Context, chat int64, id int, text string, bs []bot.Button) {
	text = clipText(text)
	p := tgbotapi.Params{
		"chat_id":                  strconv.FormatInt(chat, 10),
		"message_id":               strconv.Itoa(id),
		"text":                     text,
		"disable_web_page_preview": "true",
		"link_preview_options":     `{"is_disabled":true}`,
		"reply_markup":             keyboard(bs),
	}
	_, err := a.call(ctx, "editMessageText", p)
	var ae *APIError
	switch {
	case err == nil:
	case errors.As(err, &ae) && strings.Contains(ae.Description, "message is not modified"):
	default:
		a.log.Warn("telegram: an admin note was not updated after a press", keyChat, strconv.FormatInt(chat, 10), keyErr, err.Error())
	}
}

// ban bans a member from a chat, as an admin asked with the Ban button.
func (a *Adapter) ban(ctx context.Context, chat int64, user string) {
	uid, err := strconv.ParseInt(user, 10, 64)
	p := tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10)}
	method := "banChatMember"
	if err != nil || uid <= 0 {
		// a channel speaking in the group: Telegram bans it as a sender chat
		method = "banChatSenderChat"
		p["sender_chat_id"] = user
	} else {
		p["user_id"] = user
		p["revoke_messages"] = "false"
	}
	if _, err := a.call(ctx, method, p); err != nil {
		a.logRefusal(ctx, chat, "ban", user, err)
		return
	}
	a.log.Info("telegram member banned", keyChat, strconv.FormatInt(chat, 10), keyUser, user, keyAction, "ban")
}
