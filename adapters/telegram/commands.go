package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// memberCommands are the commands every member may use; the others are
// shown to admins only.
var memberCommands = []string{"status", "lists", "check", "report", "help"}

// adminLookupTimeout bounds the admin check of an ordinary message's
// sender, so that judging never waits long on Telegram.
const adminLookupTimeout = 10 * time.Second

// parseCommand reads a command for this bot from a message's text:
// "/status", "/mode warn", "/allow@immunebot example.com". A slash word
// that is not one of the engine's commands is a command only when it is
// addressed to this bot by name, or sent in a private chat.
func (a *Adapter) parseCommand(msg *tgbotapi.Message) (name, args string, ok bool) {
	name, args, ok = bot.ParseCommand(msg.Text, a.botName)
	if !ok {
		return "", "", false
	}
	if name == "start" || slices.Contains(bot.CommandNames, name) || msg.Chat.Type == "private" {
		return name, args, true
	}
	if head, _, _ := strings.Cut(strings.TrimSpace(msg.Text), " "); !strings.Contains(head, "@") {
		return "", "", false
	}
	return name, args, true
}

// onCommand answers a command: it checks whether the sender is an admin,
// runs the engine's command and carries out the reply. It reports whether
// the sender is an admin.
func (a *Adapter) onCommand(ctx context.Context, msg *tgbotapi.Message, x *msgExtra, name, args string) bool {
	chat := msg.Chat.ID
	c := bot.Command{
		Platform: bot.Telegram,
		Chat:     strconv.FormatInt(chat, 10),
		Time:     unixTime(msg.Date),
		Name:     name,
		Args:     args,
		// in a private chat with the bot only the sender reads the answer
		Direct:    msg.Chat.Type == "private",
		Ephemeral: msg.Chat.Type == "private",
		ChatTitle: chatName(msg.Chat),
	}
	if c.Time.IsZero() {
		c.Time = a.opts.Now()
	}
	switch {
	case msg.SenderChat != nil:
		c.User, c.UserName = strconv.FormatInt(msg.SenderChat.ID, 10), chatName(msg.SenderChat)
		c.IsAdmin = isAnonymousAdmin(msg)
	case msg.From != nil:
		c.User, c.UserName = strconv.FormatInt(msg.From.ID, 10), userName(msg.From)
		c.IsAdmin, c.AdminUnknown = a.checkAdmin(ctx, msg.Chat, msg.From.ID)
		c.Lang = bot.Lang(msg.From.LanguageCode)
		c.AdminOf = a.adminOf(msg.From.ID)
	default:
		return false
	}
	if name == "pardon" {
		// A member picked from the mention list without a username comes
		// as their name with their id beside it: the id says whom.
		for _, e := range msg.Entities {
			if e.Type == "text_mention" && e.User != nil {
				c.Args = strconv.FormatInt(e.User.ID, 10)
				break
			}
		}
	}
	if r := msg.ReplyToMessage; r != nil {
		c.ReplyTo = strconv.Itoa(r.MessageID)
		var rx *msgExtra
		if x != nil {
			rx = x.ReplyTo
		}
		if m, ok := convert(r, rx, false); ok {
			c.Reply = &m
		}
	}
	reply, err := a.engine.Command(ctx, c)
	if err != nil {
		a.log.Error("command failed", keyChat, chat, keyUser, c.User, keyAction, name, keyErr, err)
	}
	a.log.Info("telegram command", keyChat, chat, keyUser, c.User, keyAction, name, "admin", c.IsAdmin, "refused", reply.Refused)
	text := reply.Text
	if name == "status" && msg.Chat.Type != "private" {
		text += "\n\n" + a.rightsReport(ctx, msg.Chat, false)
	}
	out := outgoing{replyTo: msg.MessageID, thread: threadOf(msg, x)}
	if text != "" {
		a.send(ctx, chat, text, out, name)
	}
	if reply.Report != "" {
		a.report(ctx, msg, x, reply)
	}
	for _, l := range reply.Lift {
		if l.Platform != bot.Telegram {
			continue
		}
		lc, err := strconv.ParseInt(l.Chat, 10, 64)
		if err != nil {
			continue
		}
		user := l.User
		if lc == chat {
			a.lift(ctx, lc, user)
			continue
		}
		a.q.enqueue(lc, task{what: "lift", run: func(ctx context.Context) { a.lift(ctx, lc, user) }})
	}
	return c.IsAdmin
}

// report sends a member's report to the admin log, or, when the chat has
// none, to the chat itself with its admins mentioned.
func (a *Adapter) report(ctx context.Context, msg *tgbotapi.Message, x *msgExtra, r bot.Reply) {
	chat := msg.Chat.ID
	if r.LogChat != "" && r.LogChat != strconv.FormatInt(chat, 10) {
		a.sendTo(ctx, chat, r.LogChat, r.Report, "report")
		return
	}
	text := r.Report
	var entities []tgbotapi.MessageEntity
	if admins, err := a.chatAdmins(ctx, chat); err == nil {
		text += "\n"
		n := 0
		for _, m := range admins {
			if m.User == nil || m.User.IsBot || m.IsAnonymous || n == 10 {
				continue
			}
			name := bot.ShowName(userName(m.User))
			if name == "" {
				name = strconv.FormatInt(m.User.ID, 10)
			}
			text += " "
			entities = append(entities, tgbotapi.MessageEntity{
				Type: "text_mention", Offset: utf16Len16(text), Length: utf16Len16(name), User: m.User,
			})
			text += name
			n++
		}
	}
	replyTo := msg.MessageID
	if msg.ReplyToMessage != nil {
		replyTo = msg.ReplyToMessage.MessageID
	}
	a.send(ctx, chat, text, outgoing{replyTo: replyTo, thread: threadOf(msg, x), entities: entities}, "report")
}

// utf16Len16 is the length of s in UTF-16 code units.
func utf16Len16(s string) int { return len(utf16.Encode([]rune(s))) }

// adminOf returns the check of whether a user is an admin of another
// chat, for linking a log chat: the user's own private chat with the bot
// is theirs; any other chat is asked of Telegram.
func (a *Adapter) adminOf(user int64) func(ctx context.Context, chat string) (bool, error) {
	return func(ctx context.Context, chat string) (bool, error) {
		id, err := strconv.ParseInt(chat, 10, 64)
		if err != nil {
			return false, err
		}
		if id == user {
			return true, nil
		}
		m, err := a.chatMember(ctx, id, user)
		if err != nil {
			return false, err
		}
		return m.Status == "creator" || m.Status == "administrator", nil
	}
}

// isAdmin answers whether a user may change a chat's settings:
// getChatMember says creator or administrator. Answers are cached for
// Options.AdminCache. In a private chat nobody is.
func (a *Adapter) isAdmin(ctx context.Context, chat *tgbotapi.Chat, user int64) bool {
	admin, _ := a.checkAdmin(ctx, chat, user)
	return admin
}

// checkAdmin is isAdmin that also reports unknown when Telegram could not
// be asked (the user is then treated as a member).
func (a *Adapter) checkAdmin(ctx context.Context, chat *tgbotapi.Chat, user int64) (admin, unknown bool) {
	if chat.Type == "private" {
		return false, false
	}
	if admin, ok := a.admins.member(chat.ID, user); ok {
		return admin, false
	}
	m, err := a.chatMember(ctx, chat.ID, user)
	if err != nil {
		a.log.Warn("telegram: admin check failed; treating the sender as a member", keyChat, chat.ID, keyUser, user, keyErr, err.Error())
		return false, true
	}
	admin = m.Status == "creator" || m.Status == "administrator"
	a.admins.putMember(chat.ID, user, admin)
	return admin, false
}

// senderAdmin answers whether the sender of an ordinary message is an
// admin, from the chat's admin list (getChatAdministrators, cached for
// Options.AdminCache). Judging never waits for the list here: once a
// chat's list is known, an expired one answers while a fresh one is
// fetched; before that (a chat the bot meets, after a start) the answer
// is ask, which waits for the list fetched meanwhile, and which the
// engine calls only when its decision depends on it (bot.Message.AskAdmin).
// A failed fetch (Telegram down, or "member list is inaccessible") is
// remembered for a little while, and the sender is then asked about alone
// (getChatMember) when the decision depends on it, so that an admin is
// not muted because the list could not be had.
func (a *Adapter) senderAdmin(chat, user int64) (admin bool, ask func(context.Context) bool) {
	single := func(ctx context.Context) bool {
		return a.isAdmin(ctx, &tgbotapi.Chat{ID: chat, Type: "supergroup"}, user)
	}
	if ids, ok := a.admins.list(chat); ok {
		if ids == nil {
			return false, single
		}
		return ids[user], nil
	}
	if admin, ok := a.admins.member(chat, user); ok {
		return admin, nil
	}
	f := a.prefetchAdmins(chat)
	if ids, ok := a.admins.stale(chat); ok && ids != nil {
		return ids[user], nil
	}
	return false, func(ctx context.Context) bool {
		if f == nil { // fetched meanwhile
			if ids, ok := a.admins.stale(chat); ok && ids != nil {
				return ids[user]
			}
		} else if admin, ok := f.admin(ctx, user); ok {
			return admin
		}
		return ctx.Err() == nil && single(ctx)
	}
}

// prefetchAdmins starts fetching a chat's admin list in the background
// unless a fresh one is cached or one is on its way, and returns the
// fetch under way (nil when the list is fresh). The bot does it as soon
// as a chat's message arrives, so that the list is there, or on its way,
// by the time the message is judged.
func (a *Adapter) prefetchAdmins(chat int64) *adminFetch {
	if _, ok := a.admins.list(chat); ok {
		return nil
	}
	f, start := a.admins.fetch(chat)
	if start {
		go a.fetchAdmins(chat, f)
	}
	return f
}

// fetchAdmins asks Telegram for a chat's admins and hands the answer to
// the fetch f and the cache.
func (a *Adapter) fetchAdmins(chat int64, f *adminFetch) {
	ctx, cancel := context.WithTimeout(context.Background(), adminLookupTimeout)
	defer cancel()
	admins, err := a.chatAdmins(ctx, chat)
	if err != nil {
		a.log.Warn("telegram: could not list the chat's admins; a sender is asked about alone when it matters", keyChat, chat, keyErr, err.Error())
		a.admins.fetched(chat, f, nil, min(a.opts.AdminCache, time.Minute))
		return
	}
	ids := make(map[int64]bool, len(admins))
	for _, m := range admins {
		if m.User != nil {
			ids[m.User.ID] = true
		}
	}
	a.admins.fetched(chat, f, ids, a.opts.AdminCache)
}

func (a *Adapter) chatMember(ctx context.Context, chat, user int64) (tgbotapi.ChatMember, error) {
	var m tgbotapi.ChatMember
	raw, err := a.call(ctx, "getChatMember", tgbotapi.Params{
		"chat_id": strconv.FormatInt(chat, 10), "user_id": strconv.FormatInt(user, 10),
	})
	if err != nil {
		return m, err
	}
	err = json.Unmarshal(raw, &m)
	return m, err
}

func (a *Adapter) chatAdmins(ctx context.Context, chat int64) ([]tgbotapi.ChatMember, error) {
	raw, err := a.call(ctx, "getChatAdministrators", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10)})
	if err != nil {
		return nil, err
	}
	var ms []tgbotapi.ChatMember
	err = json.Unmarshal(raw, &ms)
	return ms, err
}

// onMyChatMember reacts to the bot's own status in a chat changing: added,
// promoted, demoted or removed.
func (a *Adapter) onMyChatMember(cm *tgbotapi.ChatMemberUpdated) {
	chat := cm.Chat
	was, is := cm.OldChatMember.Status, cm.NewChatMember.Status
	a.log.Info("telegram: my status changed", keyChat, chat.ID, "title", chat.Title, "from", was, "to", is)
	if !isIn(is) {
		a.admins.forgetChat(chat.ID)
		return
	}
	if chat.Type == "channel" {
		a.channels.Store(chat.ID, true)
	}
	if chat.Type != "group" && chat.Type != "supergroup" {
		return // a channel would broadcast the answer to every subscriber
	}
	if a.opts.AdminCache > 0 {
		a.prefetchAdmins(chat.ID) // ready for the chat's first messages
	}
	joined := !isIn(was)
	a.q.enqueue(chat.ID, task{what: "rights", run: func(ctx context.Context) {
		text := a.rightsReport(ctx, &chat, joined)
		if joined {
			text = say(a.lang(chat.ID), "hello") + "\n" + text
		}
		a.send(ctx, chat.ID, text, outgoing{}, "rights")
	}})
}

// rights is what the bot may do in a chat.
type rights struct {
	admin, delete, restrict bool
}

func (a *Adapter) myRights(ctx context.Context, chat int64) (rights, error) {
	m, err := a.chatMember(ctx, chat, a.botID)
	if err != nil {
		return rights{}, err
	}
	if m.Status == "creator" {
		return rights{admin: true, delete: true, restrict: true}, nil
	}
	return rights{admin: m.Status == "administrator", delete: m.CanDeleteMessages, restrict: m.CanRestrictMembers}, nil
}

// rightsReport checks the bot's own rights in a chat and says, in the
// chat's language, what it can do or what is missing.
func (a *Adapter) rightsReport(ctx context.Context, chat *tgbotapi.Chat, hello bool) string {
	l := a.lang(chat.ID)
	r, err := a.myRights(ctx, chat.ID)
	if err != nil {
		a.log.Warn("telegram: could not check my rights", keyChat, chat.ID, keyErr, err.Error())
		return say(l, "rights-unknown")
	}
	var missing []string
	if !r.delete {
		missing = append(missing, say(l, "right-delete"))
	}
	if !r.restrict && chat.Type != "channel" {
		missing = append(missing, say(l, "right-restrict"))
	}
	if len(missing) == 0 {
		return say(l, "rights-ok")
	}
	return say(l, "rights-missing", strings.Join(missing, say(l, "and")))
}

// rightsProblem is called when Telegram refuses an action for good: if the
// bot lacks rights in the chat, the chat is told, at most once a day.
func (a *Adapter) rightsProblem(ctx context.Context, chat int64) {
	now := a.opts.Now()
	if t, ok := a.warned.Load(chat); ok && now.Sub(t.(time.Time)) < 24*time.Hour {
		return
	}
	a.warned.Store(chat, now)
	r, err := a.myRights(ctx, chat)
	if err != nil || (r.delete && r.restrict) {
		return
	}
	c := tgbotapi.Chat{ID: chat, Type: "supergroup"}
	a.send(ctx, chat, a.rightsReport(ctx, &c, false), outgoing{}, "rights")
}

// lang is the language of a chat's messages: its /lang setting, else the
// configured default.
func (a *Adapter) lang(chat int64) bot.Lang {
	return a.engine.ChatSettings(context.Background(), bot.ChatKey{Platform: bot.Telegram, Chat: strconv.FormatInt(chat, 10)}).Lang
}

// registerCommands tells Telegram the commands, so that clients offer
// them: all of them to admins, the members' ones to everyone, in English
// and in Vietnamese.
func (a *Adapter) registerCommands(ctx context.Context) {
	for _, lang := range []bot.Lang{bot.English, bot.Vietnamese} {
		code := ""
		if lang != bot.English {
			code = string(lang)
		}
		for _, scope := range []struct {
			typ   string
			names []string
		}{{"default", memberCommands}, {"all_chat_administrators", bot.CommandNames}} {
			var cmds []tgbotapi.BotCommand
			for _, n := range scope.names {
				cmds = append(cmds, tgbotapi.BotCommand{Command: n, Description: describeCommand(lang, n)})
			}
			b, _ := json.Marshal(cmds)
			s, _ := json.Marshal(tgbotapi.BotCommandScope{Type: scope.typ})
			params := tgbotapi.Params{"commands": string(b), "scope": string(s)}
			if code != "" {
				params["language_code"] = code
			}
			if _, err := a.call(ctx, "setMyCommands", params); err != nil {
				if errors.Is(err, context.Canceled) {
					return
				}
				a.log.Warn("telegram: could not register the commands", "scope", scope.typ, "lang", code, keyErr, err.Error())
			}
		}
	}
}
