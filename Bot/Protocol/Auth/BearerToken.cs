namespace EmulationBot.Protocol.Auth;

/// <summary>Takes the token out of an <c>Authorization</c> header of exactly the form <c>Bearer &lt;jwt&gt;</c>.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer";

    public static string? Extract(string? authorizationHeader)
    {
        if (string.IsNullOrEmpty(authorizationHeader)) return null;
        var parts = authorizationHeader.Split(' ');
        return parts.Length == 2 && parts[0] == Scheme && parts[1].Length > 0 ? parts[1] : null;
    }
}
