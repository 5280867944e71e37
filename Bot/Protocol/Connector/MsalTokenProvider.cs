using EmulationBot.Protocol.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace EmulationBot.Protocol.Connector;

/// <summary>
/// The bot's Bot Connector token from Microsoft Entra ID through MSAL: client credentials with the app secret, or a
/// user-assigned managed identity. One application object for the process, so MSAL's token cache is reused.
/// </summary>
public sealed class MsalTokenProvider : IBotTokenProvider
{
    private readonly BotTokenPlan _plan;
    private readonly IConfidentialClientApplication? _confidential;
    private readonly IManagedIdentityApplication? _managed;

    public MsalTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClients)
    {
        _plan = BotTokenPlan.For(options.Value);
        if (_plan.Kind == BotCredentialKind.ManagedIdentity)
        {
            _managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_plan.ClientId))
                .WithHttpClientFactory(httpClients)
                .Build();
        }
        else
        {
            _confidential = ConfidentialClientApplicationBuilder.Create(_plan.ClientId)
                .WithClientSecret(options.Value.MicrosoftAppPassword ?? "")
                .WithAuthority(_plan.Authority, validateAuthority: true)
                .WithHttpClientFactory(httpClients)
                .Build();
        }
    }

    public bool HasCredentials => true;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = _managed is not null
                ? await _managed.AcquireTokenForManagedIdentity(_plan.Target).ExecuteAsync(cancellationToken)
                : await _confidential!.AcquireTokenForClient([_plan.Target]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // MSAL's codes (e.g. invalid_client, unauthorized_client) say what is wrong without echoing credentials.
            var source = _plan.Authority ?? "the managed identity endpoint";
            throw new BotTokenException($"Could not get a Bot Connector token for app {_plan.ClientId} from {source}: {ex.ErrorCode}.", ex);
        }
    }
}
