using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace EmulationBot.Protocol.Auth;

/// <summary>A compact-serialized JWS (header.payload.signature), parsed but not yet trusted.</summary>
internal sealed class JsonWebToken
{
    /// <summary>Real Bot Framework tokens are about 1–2 KB; anything far larger is not worth parsing.</summary>
    public const int MaxLength = 16 * 1024;

    private JsonWebToken(string? algorithm, string? keyId, JwtClaims claims, byte[] signingInput, byte[] signature)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        Claims = claims;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header's <c>alg</c>.</summary>
    public string? Algorithm { get; }

    /// <summary>The header's <c>kid</c>: which published key signed the token.</summary>
    public string? KeyId { get; }

    public JwtClaims Claims { get; }

    /// <summary>The ASCII bytes of <c>header.payload</c>, which the signature covers.</summary>
    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    /// <summary>Parses <paramref name="compact"/>; null (with the reason in <paramref name="error"/>) when it is not a well-formed JWS.</summary>
    public static JsonWebToken? TryParse(string compact, out string? error)
    {
        error = null;
        if (compact.Length > MaxLength)
        {
            error = "the token is too long";
            return null;
        }
        var parts = compact.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            error = "the token is not a JWS with three parts";
            return null;
        }
        if (DecodeObject(parts[0]) is not { } header || DecodeObject(parts[1]) is not { } payload || Decode(parts[2]) is not { } signature)
        {
            error = "the token is not valid base64url JSON";
            return null;
        }
        return new JsonWebToken(
            StringOf(header, "alg"), StringOf(header, "kid"), new JwtClaims(payload),
            Encoding.ASCII.GetBytes(compact, 0, parts[0].Length + 1 + parts[1].Length), signature);
    }

    private static JsonElement? DecodeObject(string part)
    {
        if (Decode(part) is not { } bytes) return null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string part)
    {
        if (!Base64Url.IsValid(part)) return null;
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
