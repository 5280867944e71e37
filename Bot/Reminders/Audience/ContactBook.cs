using System.Text.Json;
using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Auth;
using EmulationBot.Reminders.Delivery;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Storage;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Audience;

/// <summary>
/// Finds how to reach a recipient: the personal chat stored in their user state (skipped when the bot was removed),
/// else a 1:1 chat to open for someone known only from the roster — when a service URL, the bot's id and the tenant
/// are known (from configuration or from any stored chat) — else unreachable. Marks chats gone after a 403/404.
/// </summary>
public sealed class ContactBook(
    IStorage storage,
    BotStateStore states,
    IOptions<ReminderSchedulerOptions> options,
    IOptions<BotFrameworkOptions> bot,
    IOptions<LocalizationOptions> localization)
{
    private const string DefaultsKey = "reminders/chat-defaults";
    private readonly ReminderSchedulerOptions _options = options.Value;
    private ChatDefaults? _learned;
    private bool _learnedLoaded;

    public async Task<Contact> ResolveAsync(ReminderRecipient recipient, CancellationToken cancellationToken)
    {
        var language = localization.Value.Default;
        string? stateKey = null;
        UserState? known = null;
        if (!string.IsNullOrEmpty(recipient.TeamsUserId))
        {
            stateKey = SessionStore.UserKey(_options.ChannelId, recipient.TeamsUserId);
            if (await ReadUserAsync(stateKey, cancellationToken) is { } user)
            {
                known = user;
                language = user.ChosenLanguage ?? user.LastLanguage ?? language;
                if (user.PersonalChatGone) return new Contact(ContactKind.Gone, null, language, stateKey, user);
                if (user.PersonalChat is { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 } chat)
                {
                    await LearnAsync(chat, cancellationToken);
                    return new Contact(ContactKind.Chat, ProactiveTarget.Chat(chat), language, stateKey, user);
                }
            }
        }
        var memberId = recipient.TeamsUserId ?? recipient.AadObjectId;
        var defaults = await DefaultsAsync(cancellationToken);
        if (string.IsNullOrEmpty(memberId) || !defaults.IsComplete) return new Contact(ContactKind.Unreachable, null, language, stateKey, known);
        var opening = new ConversationOpening(defaults.ServiceUrl!, new ChannelAccount { Id = defaults.BotId, Name = defaults.BotName }, memberId, defaults.TenantId!, _options.ChannelId);
        return new Contact(ContactKind.Open, ProactiveTarget.Open(opening), language, stateKey, known);
    }

    /// <summary>Records that the bot can no longer write to this person (no more proactive messages until they write again).</summary>
    public Task MarkGoneAsync(Contact contact, CancellationToken cancellationToken) =>
        contact.UserStateKey is null ? Task.CompletedTask : ChangeUserAsync(contact.UserStateKey, user =>
        {
            if (user.PersonalChatGone) return false;
            user.PersonalChatGone = true;
            return true;
        }, cancellationToken);

    /// <summary>Keeps the chat just opened for a roster-only person, so the next message needs no "create conversation".</summary>
    public Task RememberAsync(Contact contact, ConversationReference opened, CancellationToken cancellationToken) =>
        contact.Kind != ContactKind.Open || contact.UserStateKey is null ? Task.CompletedTask : ChangeUserAsync(contact.UserStateKey, user =>
        {
            if (user.PersonalChat is not null) return false;
            user.PersonalChat = opened;
            return true;
        }, cancellationToken);

    private async Task ChangeUserAsync(string key, Func<UserState, bool> change, CancellationToken cancellationToken)
    {
        // Through the turn-state store, so that this instance's cache sees the change; a turn racing with us loses
        // its write, reloads and runs again on top of ours.
        for (var attempt = 1; ; attempt++)
        {
            var entry = await states.ReloadAsync(key, StateJson.Default.UserState, cancellationToken);
            if (!change(entry.Value)) return;
            try
            {
                await states.SaveAsync(entry, StateJson.Default.UserState, cancellationToken);
                return;
            }
            catch (StateConflictException) when (attempt < 5)
            {
            }
        }
    }

    private async Task<UserState?> ReadUserAsync(string key, CancellationToken cancellationToken)
    {
        // A plain read (not through the turn cache): a pass over thousands of people must not fill the cache.
        var item = await storage.ReadAsync(key, cancellationToken);
        if (item is null) return null;
        try
        {
            return JsonSerializer.Deserialize(item.Content.Span, StateJson.Default.UserState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<ChatDefaults> DefaultsAsync(CancellationToken cancellationToken)
    {
        if (!_learnedLoaded)
        {
            _learned ??= (await storage.ReadAsync<ChatDefaults>(DefaultsKey, cancellationToken))?.Value ?? await DiscoverAsync(cancellationToken);
            _learnedLoaded = true;
        }
        var configured = new ChatDefaults
        {
            ServiceUrl = _options.ServiceUrl,
            BotId = bot.Value.HasAppId ? "28:" + bot.Value.MicrosoftAppId : null,
            TenantId = string.IsNullOrEmpty(_options.TenantId) ? bot.Value.MicrosoftAppTenantId : _options.TenantId,
        };
        return (_learned ?? new ChatDefaults()).Over(configured);
    }

    /// <summary>Nothing learned yet: the first stored personal chats tell the service URL, the bot and the tenant.</summary>
    private async Task<ChatDefaults?> DiscoverAsync(CancellationToken cancellationToken)
    {
        var looked = 0;
        await foreach (var key in storage.ListAsync(SessionStore.UserKey(_options.ChannelId, ""), cancellationToken))
        {
            if (++looked > 50) break;
            if ((await ReadUserAsync(key, cancellationToken))?.PersonalChat is { } chat && ChatDefaults.From(chat) is { IsComplete: true } found) return found;
        }
        return null;
    }

    private async Task LearnAsync(ConversationReference chat, CancellationToken cancellationToken)
    {
        var seen = ChatDefaults.From(chat);
        if (!seen.IsComplete || seen == _learned) return;
        _learned = seen;
        _learnedLoaded = true;
        await storage.WriteAsync(DefaultsKey, seen, ETagRule.Any, cancellationToken);
    }
}
