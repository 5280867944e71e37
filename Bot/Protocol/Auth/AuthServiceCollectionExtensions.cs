namespace EmulationBot.Protocol.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Inbound token validation and outbound tokens for a bot with an app id.</summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        throw new InvalidOperationException("Bot Framework authentication is not available in this build; run without MicrosoftAppId in Development.");
    }
}
