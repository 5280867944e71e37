using System.Net;
using EmulationBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace EmulationBot.Reminders.Delivery;

/// <summary>
/// The innermost handler of the connector client: every attempt to send, update or open a conversation — the retries
/// of the retry handler included — first waits for its slot in the <see cref="SendPacer"/>, and a 429 holds that
/// conversation for its Retry-After. Reads (members, teams) have limits of their own and pass through.
/// </summary>
public sealed class PacingHandler(SendPacer pacer, IOptions<ReminderDeliveryOptions> options, TimeProvider time) : DelegatingHandler
{
    private const string Conversations = "/v3/conversations";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (KeyOf(request) is not { } key) return await base.SendAsync(request, cancellationToken);
        await pacer.WaitTurnAsync(key, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfter.From(response.Headers.RetryAfter, time.GetUtcNow(), TimeSpan.FromMinutes(5)) ?? options.Value.DefaultRetryAfter;
            pacer.Throttled(key, wait);
        }
        return response;
    }

    /// <summary>The conversation a write goes to ("create" for opening one); null for a read.</summary>
    internal static string? KeyOf(HttpRequestMessage request)
    {
        if (request.Method == HttpMethod.Get || request.RequestUri is not { } uri) return null;
        var path = uri.AbsolutePath;
        var at = path.IndexOf(Conversations, StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = path[(at + Conversations.Length)..].TrimStart('/');
        if (rest.Length == 0) return "create";
        var end = rest.IndexOf('/');
        return Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
    }
}
