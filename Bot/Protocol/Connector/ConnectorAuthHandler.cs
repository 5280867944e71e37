using System.Net.Http.Headers;

namespace EmulationBot.Protocol.Connector;

/// <summary>Adds the bot's token to connector calls, and refuses to send it to a service URL nobody vouched for.</summary>
public sealed class ConnectorAuthHandler(IBotTokenProvider tokens, ServiceUrlTrust trust) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (tokens.HasCredentials)
        {
            var target = request.RequestUri!;
            var serviceUrl = target.GetLeftPart(UriPartial.Path);
            var v3 = serviceUrl.IndexOf("/v3/", StringComparison.Ordinal);
            if (v3 >= 0) serviceUrl = serviceUrl[..(v3 + 1)];
            if (!trust.IsTrusted(serviceUrl))
            {
                throw new ConnectorException(0, "UntrustedServiceUrl", $"Refusing to send the bot token to untrusted service URL {target.Host}.");
            }
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(cancellationToken));
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(cancellationToken);
        }
        catch (BotTokenException ex)
        {
            // Reported like any failed connector call, so a turn's other replies and the sender's bookkeeping go on.
            throw new ConnectorException(0, "BotTokenUnavailable", ex.Message, inner: ex);
        }
    }
}
