using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EmulationBot.Tests.Support;

/// <summary>Mints Bot Framework-shaped JWTs for tests: well-formed ones, and the forgeries a validator must refuse.</summary>
public static class TestTokens
{
    public const string AppId = "7a1b2c3d-0000-4000-8000-00000000b07a";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>The claims of a token the Bot Framework channel service sends with an activity.</summary>
    public static JsonObject ChannelClaims(DateTimeOffset now, string serviceUrl, string audience = AppId) => new()
    {
        ["iss"] = ChannelIssuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
    };

    /// <summary>The claims of an Entra token the Emulator obtains with the bot's own credentials (v1.0 or v2.0).</summary>
    public static JsonObject EntraClaims(DateTimeOffset now, string version, string tenant = BotFrameworkTenant, string clientId = AppId) => new()
    {
        ["iss"] = version == "2.0" ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/",
        ["aud"] = AppId,
        ["ver"] = version,
        [version == "2.0" ? "azp" : "appid"] = clientId,
        ["tid"] = tenant,
        ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
    };

    /// <summary>An RS256 token signed by <paramref name="key"/>; <paramref name="kid"/> overrides the key id in the header.</summary>
    public static string Sign(TestSigningKey key, JsonObject claims, string? kid = null)
    {
        var signingInput = Encode(Header("RS256", kid ?? key.KeyId)) + "." + Encode(claims);
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>An unsecured JWT (<c>alg: none</c>, empty signature).</summary>
    public static string Unsigned(JsonObject claims, string kid) => Encode(Header("none", kid)) + "." + Encode(claims) + ".";

    /// <summary>The key-confusion forgery: HS256 keyed with the RSA public key, which anyone can download.</summary>
    public static string HmacWithPublicKey(TestSigningKey key, JsonObject claims)
    {
        var signingInput = Encode(Header("HS256", key.KeyId)) + "." + Encode(claims);
        var mac = HMACSHA256.HashData(Encoding.ASCII.GetBytes(key.PublicKeyPem()), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>A validly signed token whose payload was then replaced, keeping the original signature.</summary>
    public static string WithPayload(string token, JsonObject claims)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Encode(claims) + "." + parts[2];
    }

    public static string Bearer(string token) => "Bearer " + token;

    private static JsonObject Header(string alg, string kid) => new() { ["alg"] = alg, ["kid"] = kid, ["typ"] = "JWT" };

    private static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
