package discord

import (
	"context"
	"errors"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// components are the buttons under an admin note, as Discord message
// components: one action row of up to five buttons. Nil buttons make no
// rows, which removes the old ones.
func components(bs []bot.Button) []discordgo.MessageComponent {
	if len(bs) == 0 {
		return []discordgo.MessageComponent{}
	}
	row := discordgo.ActionsRow{}
	for _, b := range bs {
		style := discordgo.SecondaryButton
		switch b.Action {
		case bot.BtnNotThreat:
			style = discordgo.SuccessButton
		case bot.BtnBan, bot.BtnBlockEverywhere:
			style = discordgo.DangerButton
		case bot.BtnRepost:
			style = discordgo.PrimaryButton
		}
		row.Components = append(row.Components, discordgo.Button{Label: b.Label, Style: style, CustomID: b.Data})
	}
	return []discordgo.MessageComponent{row}
}

// noteMessage is an admin note about a case as it stands, with its
// buttons; the task's text alone when the case cannot be read.
func (a *Adapter) noteMessage(ctx context.Context, t *bot.Task) *discordgo.MessageSend {
	msg := sendable(t.Chat, t.Group, t.Text, "")
	if t.Case == "" {
		return msg
	}
	c, err := a.engine.Case(ctx, t.Case)
	if err != nil {
		if !errors.Is(err, bot.ErrNotFound) {
			a.log.Warn("discord: the case of an admin note could not be read; sent without buttons", keyChat, tag(t.Chat), "case", t.Case, keyErr, err.Error())
		}
		return msg
	}
	text, bs := a.engine.NoteView(ctx, &c)
	msg.Content = content(text)
	msg.Components = components(bs)
	return msg
}

// recordSent tells the engine the id of a notice or note sent about a
// case, so that /immune why finds the case from it.
func (a *Adapter) recordSent(ctx context.Context, t *bot.Task, m *discordgo.Message) {
	if t.Case == "" || m == nil || m.ID == "" {
		return
	}
	ref := bot.MessageRef{Platform: bot.Discord, Chat: t.Chat, ID: m.ID}
	if err := a.engine.Sent(ctx, t.Case, ref); err != nil {
		a.log.Warn("discord: a message about a case was not recorded; why on it will not find it", keyChat, tag(t.Chat), "case", t.Case, keyErr, err.Error())
	}
}

// handleButton handles a button pressed under an admin note: verified
// against the server the note is about, carried out once by the engine,
// answered to the presser in their language, and the note updated.
func (a *Adapter) handleButton(ctx context.Context, i *discordgo.Interaction) {
	data := i.MessageComponentData()
	action, id, ok := bot.ParseButton(data.CustomID)
	if !ok || i.Member == nil || i.Member.User == nil {
		a.answer(ctx, i, "…")
		return
	}
	u := i.Member.User
	req := bot.PressRequest{Platform: bot.Discord, Case: id, Action: action, User: u.ID, UserName: displayName(u, i.Member),
		Lang: bot.Lang(i.Locale), Time: a.now()}
	if c, err := a.engine.Case(ctx, id); err == nil && c.Scope.Chat == i.GuildID {
		req.IsAdmin = a.serverAdmin(ctx, i.GuildID, u.ID, i.Member.Roles)
	}
	res, err := a.engine.Press(ctx, req)
	if err != nil {
		a.log.Error("discord button press failed", keyUser, tag(u.ID), keyAction, string(action), "case", id, keyErr, err.Error())
	}
	a.log.Info("discord button pressed", keyUser, tag(u.ID), keyAction, string(action), "case", id, "admin", req.IsAdmin,
		"refused", res.Refused, "done", res.Done)
	if res.Refused || res.Note == "" {
		a.answer(ctx, i, res.Answer)
		return
	}
	// the note as it stands, in place of the old one; then the answer to
	// the presser alone
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: content(res.Note), Components: components(res.Buttons), AllowedMentions: noPings()},
	}
	err = a.call(ctx, "update note", func(o ...discordgo.RequestOption) error { return a.s.InteractionRespond(i, resp, o...) })
	if err != nil {
		a.failed(err, "update note", i.ChannelID)
	}
	err = a.call(ctx, "answer press", func(o ...discordgo.RequestOption) error {
		_, err := a.s.FollowupMessageCreate(i, false, &discordgo.WebhookParams{Content: content(res.Answer),
			Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noPings()}, o...)
		return err
	})
	if err != nil {
		a.failed(err, "answer press", i.ChannelID)
	}
	for _, r := range res.Lift {
		a.lift(r, i.GuildID)
	}
	if b := res.Ban; b != nil {
		guild, user := i.GuildID, b.User
		a.q.push(b.Chat, job{what: "ban", run: func(ctx context.Context) { a.ban(ctx, guild, b.Chat, user) }})
	}
	if r := res.Repost; r != nil {
		ch, text := r.Chat, r.Text
		a.q.push(ch, job{what: "repost", run: func(ctx context.Context) { a.send(ctx, "repost", ch, i.GuildID, text, "") }})
	}
}

// ban bans a member from a server, as an admin asked with the Ban button.
func (a *Adapter) ban(ctx context.Context, guild, ch, user string) {
	err := a.call(ctx, "ban", func(o ...discordgo.RequestOption) error {
		return a.s.GuildBanCreateWithReason(guild, user, "immune: banned by an admin from an admin note", 0, o...)
	})
	if err != nil {
		a.failed(err, "ban", ch, keyGuild, guild, keyUser, tag(user))
		return
	}
	a.log.Info("discord member banned", keyGuild, guild, keyUser, tag(user), keyAction, "ban")
}
