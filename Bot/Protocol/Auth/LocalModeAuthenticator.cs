namespace EmulationBot.Protocol.Auth;

/// <summary>
/// Auth off: used only in the Development environment when no MicrosoftAppId is configured (the Playground and
/// the emulator send no token). Replies then carry no token either, so nothing secret can leak.
/// </summary>
public sealed class LocalModeAuthenticator : IRequestAuthenticator
{
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(AuthenticationResult.Success(CallerIdentity.Anonymous));
}
