using System.Collections.Concurrent;
using System.Text.Json;
using EmulationBot.Protocol;
using EmulationBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// Sends one proactive message: opens the 1:1 chat first when needed, waits out a 429 that outlasted the connector
/// client's own retries (its Retry-After, on the bot's clock), and classifies the end as sent, gone (403/404: the bot
/// was removed, the user or chat no longer exists) or failed. A chat found gone is not tried again in this pass.
/// Pacing within Teams' limits happens below, in the connector client (<see cref="PacingHandler"/>).
/// </summary>
public sealed class ProactiveSender(IConnectorClient connector, IOptions<ReminderDeliveryOptions> options, TimeProvider time, ILogger<ProactiveSender> logger)
{
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);

    /// <summary>Starts a new pass with no chat assumed gone (someone may have added the bot again and written to it since).</summary>
    public void ForgetGone() => _gone.Clear();

    public async Task<SendResult> SendAsync(ProactiveTarget target, Activity activity, CancellationToken cancellationToken)
    {
        if (_gone.ContainsKey(target.ConversationKey)) return SendResult.Gone("KnownGone");
        var reference = target.Reference;
        var throttled = 0;
        while (true)
        {
            try
            {
                reference ??= await OpenAsync(target.Create!, cancellationToken);
                var response = await connector.SendAsync(reference.CreateMessageTo(activity), cancellationToken);
                return SendResult.Sent(response.Id, reference, throttled);
            }
            catch (ConnectorException ex) when (ex.Kind == SendFailure.Throttled && throttled < options.Value.MaxThrottleRetries)
            {
                throttled++;
                var wait = ex.RetryAfter is { } after && after > TimeSpan.Zero ? after : options.Value.DefaultRetryAfter;
                logger.LogWarning("Proactive send still throttled (429) after the client's retries; trying again in {Wait}", wait);
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (ConnectorException ex) when (ex.Kind == SendFailure.Gone)
            {
                _gone.TryAdd(target.ConversationKey, 0);
                if (reference?.Conversation?.Id is { } id) _gone.TryAdd(id, 0);
                logger.LogInformation("Proactive chat {ConversationKey} is gone ({Status} {Code})", target.ConversationKey, ex.StatusCode, ex.Code);
                return SendResult.Gone(ex.Code ?? ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (ConnectorException ex)
            {
                logger.LogWarning("Proactive send failed ({Status} {Code})", ex.StatusCode, ex.Code);
                return SendResult.Failed(ex.Code ?? ex.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), throttled);
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "Proactive send failed");
                return SendResult.Failed("Unreachable", throttled);
            }
        }
    }

    /// <summary>Opens a 1:1 chat: bot, member, and the tenant both as tenantId and in channelData (Teams needs both).</summary>
    private async Task<ConversationReference> OpenAsync(ConversationOpening opening, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = opening.Bot,
            Members = [new ChannelAccount { Id = opening.MemberId }],
            TenantId = opening.TenantId,
            ChannelData = JsonSerializer.SerializeToElement(new TenantChannelData(new TenantInfo(opening.TenantId)), DeliveryJson.Default.TenantChannelData),
        };
        var created = await connector.CreateConversationAsync(opening.ServiceUrl, parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id)) throw new ConnectorException(502, "NoConversation", "The connector opened no conversation.");
        return new ConversationReference
        {
            ChannelId = opening.ChannelId,
            ServiceUrl = string.IsNullOrEmpty(created.ServiceUrl) ? opening.ServiceUrl : created.ServiceUrl,
            Bot = opening.Bot,
            User = new ChannelAccount { Id = opening.MemberId },
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = opening.TenantId, IsGroup = false },
        };
    }
}
