using Microsoft.Identity.Client;

namespace EmulationBot.Protocol.Connector;

/// <summary>Gives MSAL pooled <see cref="HttpClient"/>s from <see cref="IHttpClientFactory"/> (named <see cref="ClientName"/>).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
