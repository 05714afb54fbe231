package discord

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// The names of the application commands.
const (
	// SlashCommand is the one slash command; the engine's commands are its
	// subcommands.
	SlashCommand = "immune"
	// CheckMenu is the message context-menu command that judges a message
	// and explains the verdict to whoever asked.
	CheckMenu = "Check with immune"
	// ReportMenu is the message context-menu command that sends a message
	// to the server's admin log.
	ReportMenu = "Report to admins"
	// WhyMenu is the message context-menu command that explains, to an
	// admin, the decision a notice or admin note of the bot is about.
	WhyMenu = "Why? (immune)"
)

// sub describes one subcommand of /immune and its option, if any.
type sub struct {
	name, en, vi string
	opt          *discordgo.ApplicationCommandOption
}

func stringOpt(name, en, vi string, choices ...string) *discordgo.ApplicationCommandOption {
	o := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionString, Name: name, Required: true,
		Description: en, DescriptionLocalizations: map[discordgo.Locale]string{discordgo.Vietnamese: vi},
	}
	for _, c := range choices {
		o.Choices = append(o.Choices, &discordgo.ApplicationCommandOptionChoice{Name: c, Value: c})
	}
	return o
}

// optional makes an option one that may be left out.
func optional(o *discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	o.Required = false
	return o
}

// subcommands are /immune's subcommands, in the order help shows them.
var subcommands = []sub{
	{"status", "What immune protects here and how, and the permissions it lacks", "Tình trạng bảo vệ và các quyền bot còn thiếu", nil},
	{"mode", "Record only, warn only, or delete confident threats", "Chỉ ghi nhận, chỉ cảnh báo, hoặc xoá mối nguy chắc chắn",
		stringOpt("mode", "off, warn or delete", "off, warn hoặc delete", "off", "warn", "delete")},
	{"allow", "Never flag a domain in this server", "Không bao giờ chặn tên miền này trong máy chủ",
		stringOpt("domain", "A domain or link, such as example.com", "Tên miền hoặc liên kết, ví dụ example.com")},
	{"unallow", "Take a domain off the allow list", "Bỏ tên miền khỏi danh sách cho phép",
		stringOpt("domain", "A domain or link, such as example.com", "Tên miền hoặc liên kết, ví dụ example.com")},
	{"block", "Always delete links to a domain in this server", "Luôn xoá liên kết tới tên miền này trong máy chủ",
		stringOpt("domain", "A domain or link, such as example.com", "Tên miền hoặc liên kết, ví dụ example.com")},
	{"unblock", "Take a domain off the block list", "Bỏ tên miền khỏi danh sách chặn",
		stringOpt("domain", "A domain or link, such as example.com", "Tên miền hoặc liên kết, ví dụ example.com")},
	{"lists", "This server's allow and block lists", "Danh sách cho phép và chặn của máy chủ",
		optional(stringOpt("list", "allow or block: only that list, from from:K on", "allow hoặc block: chỉ danh sách đó, từ from:K", "allow", "block"))},
	{"pardon", "Clear a member's strikes and hijacked mark, and lift the timeout", "Xoá cảnh cáo, bỏ đánh dấu bị chiếm và gỡ hạn chế của thành viên",
		&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionUser, Name: "user", Required: true,
			Description: "The member to pardon", DescriptionLocalizations: map[discordgo.Locale]string{discordgo.Vietnamese: "Thành viên được tha"}}},
	{"offenders", "Accounts flagged in this server", "Các tài khoản bị cảnh cáo trong máy chủ",
		fromOpt("Where to start: the #… an answer's last line names, or K for the K-th account, those seen last first",
			"Bắt đầu từ đâu: mốc #… ở dòng cuối câu trả lời, hoặc K cho tài khoản thứ K, gặp gần nhất trước")},
	{"why", "Why a message was removed or warned about", "Vì sao một tin nhắn bị xoá hoặc cảnh báo",
		stringOpt("message", "The message's id or link (of the message, or of my notice about it)", "Id hoặc liên kết của tin nhắn (hoặc của thông báo của bot về nó)")},
	{"audit", "This server's latest decisions", "Các quyết định gần nhất trong máy chủ",
		&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "count", Required: false,
			MinValue: ptr(1.0), MaxValue: 50,
			Description: "How many (1 to 50, 10 if left out)", DescriptionLocalizations: map[discordgo.Locale]string{discordgo.Vietnamese: "Bao nhiêu (1 đến 50, mặc định 10)"}}},
	{"check", "Judge a message or link and explain why", "Kiểm tra tin nhắn hoặc liên kết và giải thích",
		stringOpt("text", "The message or link to judge", "Tin nhắn hoặc liên kết cần kiểm tra")},
	{"lang", "Language of immune's messages in this server", "Ngôn ngữ của bot trong máy chủ",
		stringOpt("lang", "en (English) or vi (Tiếng Việt)", "en (English) hoặc vi (Tiếng Việt)", "en", "vi")},
	{"setlog", "Send admin notifications to this channel (or, with off, to each channel itself)", "Gửi thông báo quản trị vào kênh này (hoặc, với off, ngay trong từng kênh)",
		optional(stringOpt("to", "off: no log channel, admins are told in each channel itself", "off: bỏ kênh nhật ký, thông báo ngay trong từng kênh", "off"))},
	{"help", "What immune does and its commands", "Bot làm gì và các lệnh", nil},
}

// fromOpt is the from option of audit, offenders and lists: where a page
// starts, as text, for it takes the cursor an answer's last line names
// ("#0vh5kq3") as well as a number K. Lists names an entry, which may be
// a long URL: the option takes as much as Discord lets one take.
func fromOpt(en, vi string) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "from", Required: false,
		MaxLength: maxOptionLength, Description: en, DescriptionLocalizations: map[discordgo.Locale]string{discordgo.Vietnamese: vi}}
}

// maxOptionLength is the most characters Discord lets a string option
// take.
const maxOptionLength = 6000

// auditFrom is audit's second option: from which decision on.
var auditFrom = fromOpt("Where to start: the #… an answer's last line names, or K for the K-th newest decision",
	"Bắt đầu từ đâu: mốc #… ở dòng cuối câu trả lời, hoặc K cho quyết định mới thứ K")

// listsFrom is lists' second option: from which entry of the lists on.
var listsFrom = fromOpt("Where to start: K for the K-th entry, or an entry such as example.com",
	"Bắt đầu từ đâu: K cho mục thứ K, hoặc một mục như example.com")

// Commands returns the application commands the adapter registers: /immune
// with its subcommands, which only members with Manage Messages see by
// default, and the two message context-menu commands, which every member
// may use. All are for servers only.
func Commands() []*discordgo.ApplicationCommand {
	manage := int64(discordgo.PermissionManageMessages)
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	slash := &discordgo.ApplicationCommand{
		Type: discordgo.ChatApplicationCommand, Name: SlashCommand,
		Description:              "immune: protection from phishing links, lookalike domains and disguised files",
		DescriptionLocalizations: &map[discordgo.Locale]string{discordgo.Vietnamese: "immune: bảo vệ khỏi liên kết lừa đảo, tên miền nhái và tệp giả dạng"},
		DefaultMemberPermissions: &manage,
		Contexts:                 &guildOnly,
	}
	for _, s := range subcommands {
		o := &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionSubCommand, Name: s.name,
			Description: s.en, DescriptionLocalizations: map[discordgo.Locale]string{discordgo.Vietnamese: s.vi},
		}
		if s.opt != nil {
			o.Options = []*discordgo.ApplicationCommandOption{s.opt}
		}
		if s.name == "audit" {
			o.Options = append(o.Options, auditFrom)
		}
		if s.name == "lists" {
			o.Options = append(o.Options, listsFrom)
		}
		slash.Options = append(slash.Options, o)
	}
	menu := func(name, vi string) *discordgo.ApplicationCommand {
		return &discordgo.ApplicationCommand{
			Type: discordgo.MessageApplicationCommand, Name: name,
			NameLocalizations: &map[discordgo.Locale]string{discordgo.Vietnamese: vi},
			Contexts:          &guildOnly,
		}
	}
	why := menu(WhyMenu, "Vì sao? (immune)")
	why.DefaultMemberPermissions = &manage
	return []*discordgo.ApplicationCommand{slash, menu(CheckMenu, "Kiểm tra với immune"), menu(ReportMenu, "Báo cáo cho quản trị viên"), why}
}

func ptr[T any](v T) *T { return &v }

// channelTitle names a channel for people: "#name (server)", or "" when
// the state does not know it.
func (a *Adapter) channelTitle(ch string) string {
	c, err := a.s.State.Channel(ch)
	if err != nil || c.Name == "" {
		return ""
	}
	if g, err := a.s.State.Guild(c.GuildID); err == nil && g.Name != "" {
		return "#" + c.Name + " (" + g.Name + ")"
	}
	return "#" + c.Name
}

// registerCommands overwrites the application's global commands with
// Commands. Global commands reach every server the bot is in, including
// ones it joins later, with one call; only shard 0 makes it.
func (a *Adapter) registerCommands(ctx context.Context) {
	if a.opts.ShardID != 0 {
		return
	}
	p := a.appID.Load()
	if p == nil {
		a.log.Error("discord commands not registered: no application id in READY")
		return
	}
	app := *p
	err := a.call(ctx, "register commands", func(o ...discordgo.RequestOption) error {
		_, err := a.s.ApplicationCommandBulkOverwrite(app, "", Commands(), o...)
		return err
	})
	if err != nil {
		a.log.Error("discord commands not registered; moderation still works", keyAction, "register commands", keyErr, err.Error())
		return
	}
	a.log.Info("discord commands registered", "commands", len(Commands()))
}

// handleInteraction runs an application command and answers it
// ephemerally. Who may change settings is decided from the member's
// permissions in the interaction, never from the command's visibility.
func (a *Adapter) handleInteraction(ctx context.Context, i *discordgo.Interaction) {
	vi := i.Locale == discordgo.Vietnamese
	if i.GuildID == "" || i.Member == nil || i.Member.User == nil {
		a.answer(ctx, i, pick(vi, "immune works in servers only.", "immune chỉ hoạt động trong máy chủ."))
		return
	}
	if i.Type == discordgo.InteractionMessageComponent {
		a.handleButton(ctx, i)
		return
	}
	data := i.ApplicationCommandData()
	u := i.Member.User
	// Every setting is the whole server's: it needs rights in the server,
	// not only in this channel (the interaction's permissions are this
	// channel's, overwrites included).
	c := bot.Command{
		Platform: bot.Discord, Chat: i.ChannelID, Group: i.GuildID, User: u.ID, UserName: displayName(u, i.Member),
		Time:    a.now(),
		AdminOf: func(ctx context.Context, id string) (bool, error) { return a.adminOf(ctx, id, u.ID) },
		// every answer is ephemeral: in the member's language
		Lang: bot.Lang(i.Locale), Ephemeral: true, ChatTitle: a.channelTitle(i.ChannelID),
	}
	c.IsAdmin, c.AdminUnknown = a.checkServerAdmin(ctx, i.GuildID, u.ID, i.Member.Roles)
	if i.GuildLocale != nil {
		c.ChatLang = bot.Lang(*i.GuildLocale)
	}
	channelOnly := !c.IsAdmin && !c.AdminUnknown && i.Member.Permissions&adminPerms != 0
	switch {
	case data.CommandType == discordgo.ChatApplicationCommand && data.Name == SlashCommand:
		if len(data.Options) == 0 {
			c.Name = "help"
			break
		}
		s := data.Options[0]
		c.Name = s.Name
		c.Args = subArgs(s)
	case data.CommandType == discordgo.MessageApplicationCommand && data.Name == WhyMenu:
		c.Name, c.ReplyTo = "why", data.TargetID
	case data.CommandType == discordgo.MessageApplicationCommand && (data.Name == CheckMenu || data.Name == ReportMenu):
		c.Name = "check"
		if data.Name == ReportMenu {
			c.Name = "report"
		}
		if data.Resolved != nil {
			if m := data.Resolved.Messages[data.TargetID]; m != nil {
				at := m.Timestamp
				if at.IsZero() {
					at = c.Time
				}
				target := toMessage(m, at, false)
				if target.Chat == "" {
					target.Chat = i.ChannelID
				}
				target.Group = i.GuildID
				c.Reply = &target
			}
		}
	default:
		a.log.Warn("discord: unknown command", "command", data.Name, keyChat, tag(i.ChannelID))
		return
	}
	reply, err := a.engine.Command(ctx, c)
	if err != nil {
		a.log.Error("discord command: store failed", keyChat, tag(c.Chat), keyUser, tag(c.User), keyAction, c.Name, keyErr, err.Error())
	}
	a.log.Info("discord command", keyChat, tag(c.Chat), keyUser, tag(c.User), keyAction, c.Name, "admin", c.IsAdmin, "refused", reply.Refused)
	text := reply.Text
	if c.Name == "status" && !reply.Refused {
		text += "\n" + a.permissionLine(i, vi)
	}
	if reply.Refused && channelOnly {
		text += "\n" + pick(vi,
			"Settings apply to the whole server: they need Manage Messages, Manage Server or Administrator from a server role, not from this channel's permissions.",
			"Cài đặt áp dụng cho cả máy chủ: cần quyền Quản lý tin nhắn, Quản lý máy chủ hoặc Quản trị viên từ vai trò của máy chủ, không phải quyền riêng của kênh này.")
	}
	a.answer(ctx, i, text)
	if reply.Refused {
		return
	}
	for _, r := range reply.Lift {
		a.lift(r, i.GuildID)
	}
	if reply.Report != "" {
		to := reply.LogChat
		if to == "" {
			to = a.modChannel(i.GuildID, i.ChannelID)
		}
		note := reply.Report
		a.q.push(to, job{what: "report", run: func(ctx context.Context) { a.send(ctx, "report", to, "", note, "") }})
	}
}

// subArgs is a subcommand's options as the engine reads its arguments:
// the one option's value, or for audit "COUNT from K" (count 10 when only
// from is given), whatever order Discord sends them in.
func subArgs(s *discordgo.ApplicationCommandInteractionDataOption) string {
	byName := map[string]string{}
	first := ""
	for _, o := range s.Options {
		if o.Value == nil {
			continue
		}
		v := strings.TrimSpace(fmt.Sprint(o.Value))
		if f, ok := o.Value.(float64); ok {
			v = strconv.FormatFloat(f, 'f', -1, 64) // an integer option, in JSON a number
		}
		byName[o.Name] = v
		if first == "" {
			first = v
		}
	}
	if s.Name == "offenders" && byName["from"] != "" {
		return "from " + byName["from"]
	}
	if s.Name == "lists" && byName["from"] != "" {
		// from alone pages both lists
		return strings.TrimSpace(byName["list"] + " from " + byName["from"])
	}
	if s.Name != "audit" {
		return first
	}
	if byName["from"] == "" {
		return byName["count"]
	}
	count := byName["count"]
	if count == "" {
		count = "10"
	}
	return count + " from " + byName["from"]
}

// answer replies to an interaction so that only the member who used the
// command sees it, and pings nobody.
func (a *Adapter) answer(ctx context.Context, i *discordgo.Interaction, text string) {
	if text == "" {
		text = "…"
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: content(text), Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noPings()},
	}
	err := a.call(ctx, "answer command", func(o ...discordgo.RequestOption) error {
		return a.s.InteractionRespond(i, resp, o...)
	})
	if err != nil {
		a.failed(err, "answer command", i.ChannelID)
	}
}

// lift queues the removal of a timeout a pardon lifts. The engine names
// the server where the member was restricted (or, in a record of an older
// version, a channel of it, whose server comes from state).
func (a *Adapter) lift(r bot.Restriction, _ string) {
	if r.Platform != bot.Discord {
		a.log.Warn("discord cannot lift a mute on another platform", keyChat, string(r.Platform)+":"+r.Chat, keyUser, string(r.Platform)+":"+r.User)
		return
	}
	guild := r.Chat
	if c, err := a.s.State.Channel(r.Chat); err == nil && c.GuildID != "" {
		guild = c.GuildID
	}
	a.q.push(r.Chat, job{what: "lift timeout", run: func(ctx context.Context) { a.timeout(ctx, guild, r.Chat, r.User, time.Time{}) }})
}

// modChannel is where a member's report goes when the server has no admin
// log: the server's moderators-only updates channel if it has one, else
// the channel the report was made in.
func (a *Adapter) modChannel(guild, ch string) string {
	if g, err := a.s.State.Guild(guild); err == nil && g.PublicUpdatesChannelID != "" {
		return g.PublicUpdatesChannelID
	}
	return ch
}

// needed are the permissions the bot needs in a channel to act, by name.
var needed = []struct {
	perm int64
	name string
}{
	{discordgo.PermissionManageMessages, "Manage Messages"},
	{discordgo.PermissionModerateMembers, "Moderate Members (Timeout Members)"},
	{discordgo.PermissionSendMessages, "Send Messages"},
}

// permissionLine says which of the permissions it needs the bot lacks in
// the interaction's channel: from the interaction's app_permissions, or
// from state when Discord left them out.
func (a *Adapter) permissionLine(i *discordgo.Interaction, vi bool) string {
	perms := i.AppPermissions
	if perms == 0 {
		p, err := a.s.State.UserChannelPermissions(a.self(), i.ChannelID)
		if err != nil {
			return pick(vi, "Permissions here: unknown.", "Quyền của bot ở kênh này: không rõ.")
		}
		perms = p
	}
	var missing []string
	for _, n := range needed {
		if perms&discordgo.PermissionAdministrator == 0 && perms&n.perm == 0 {
			missing = append(missing, n.name)
		}
	}
	if len(missing) == 0 {
		return pick(vi, "Permissions here: all I need.", "Quyền của bot ở kênh này: đủ.")
	}
	return pick(vi, "⚠️ Missing permissions here: ", "⚠️ Bot thiếu quyền ở kênh này: ") + strings.Join(missing, ", ") + "."
}

func pick(vi bool, en, v string) string {
	if vi {
		return v
	}
	return en
}
