using Microsoft.Extensions.Options;

namespace EmulationBot.Protocol.Auth;

/// <summary>
/// Validates the Bot Framework's inbound JWT (authentication spec: issuer, RS256 signature with a published key,
/// lifetime, audience, and for channel tokens the key's channel endorsement and the <c>serviceurl</c> claim).
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> bot,
    IOptions<BotFrameworkAuthenticationOptions> options,
    SigningKeyCache keys,
    TimeProvider clock,
    ILogger<BotFrameworkAuthenticator> logger) : IRequestAuthenticator
{
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var appId = bot.Value.MicrosoftAppId;
        if (string.IsNullOrWhiteSpace(appId)) return AuthenticationResult.Fail("no MicrosoftAppId is configured");
        if (BearerToken.Extract(authorizationHeader) is not { } compact) return AuthenticationResult.Fail("no bearer token");
        if (JsonWebToken.TryParse(compact, out var malformed) is not { } token) return AuthenticationResult.Fail(malformed!);
        if (TokenRules.Algorithm(token.Algorithm) is { } badAlgorithm) return AuthenticationResult.Fail(badAlgorithm);

        // The issuer is read before the signature is checked only to choose the checks and keys; an unknown
        // issuer is refused here, so a forged token cannot make the bot fetch keys from anywhere.
        if (TokenIssuer.Classify(token.Claims.GetString("iss"), options.Value, bot.Value.MicrosoftAppTenantId) is not { } issuer)
        {
            return AuthenticationResult.Fail("the issuer is not accepted");
        }
        if (string.IsNullOrEmpty(token.KeyId)) return AuthenticationResult.Fail("the token names no signing key");

        SigningKey? key;
        try
        {
            key = await keys.GetKeyAsync(issuer.MetadataUrl, token.KeyId, cancellationToken);
        }
        catch (SigningKeysUnavailableException ex)
        {
            logger.LogError(ex, "Inbound tokens cannot be verified: no signing keys");
            return AuthenticationResult.Fail("the signing keys are unavailable");
        }
        if (key is null) return AuthenticationResult.Fail("the signing key is unknown");

        var failure = TokenRules.Signature(token, key)
                      ?? TokenRules.Lifetime(token.Claims, clock.GetUtcNow(), options.Value.ClockSkew)
                      ?? TokenRules.Audience(token.Claims, appId)
                      ?? (issuer.Kind == TokenIssuerKind.Channel
                          ? TokenRules.Endorsement(key, activity.ChannelId) ?? TokenRules.ServiceUrl(token.Claims, activity.ServiceUrl)
                          : TokenRules.EntraIdentity(token.Claims, appId, issuer.TenantId));
        if (failure is not null) return AuthenticationResult.Fail(failure);

        // A channel vouches for its serviceurl claim. An Entra token was issued to the bot's own app (the Emulator
        // signing in with the bot's credentials), so its sender may receive the bot's token at its serviceUrl.
        var serviceUrl = issuer.Kind == TokenIssuerKind.Channel ? token.Claims.GetString("serviceurl") : activity.ServiceUrl;
        return AuthenticationResult.Success(new CallerIdentity(true, appId, serviceUrl, token.Claims.ToDictionary()));
    }
}
