namespace EmulationBot.Protocol.Auth;

/// <summary>Decides whether an inbound request really comes from the Bot Framework channel for this bot.</summary>
public interface IRequestAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The outcome of inbound authentication: the caller, or why the request was refused.</summary>
public sealed record AuthenticationResult(bool Succeeded, CallerIdentity Caller, string? FailureReason = null)
{
    public static AuthenticationResult Success(CallerIdentity caller) => new(true, caller);

    public static AuthenticationResult Fail(string reason) => new(false, CallerIdentity.Anonymous, reason);
}
