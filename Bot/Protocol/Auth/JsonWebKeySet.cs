using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace EmulationBot.Protocol.Auth;

/// <summary>Reads the signing keys out of a JWKS document (<c>{"keys":[{kty,kid,n,e,x5c,endorsements}]}</c>).</summary>
internal static class JsonWebKeySet
{
    /// <summary>The usable RSA signature keys; keys of another type or use, or malformed ones, are skipped.</summary>
    public static IReadOnlyList<SigningKey> Parse(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS document has no 'keys' array.");
        }
        var result = new List<SigningKey>();
        foreach (var key in keys.EnumerateArray())
        {
            if (TryRead(key) is { } signingKey) result.Add(signingKey);
        }
        return result;
    }

    private static SigningKey? TryRead(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object || StringOf(key, "kty") != "RSA") return null;
        if (StringOf(key, "use") is { } use && use != "sig") return null;
        if (StringOf(key, "kid") is not { Length: > 0 } kid) return null;
        if (ReadParameters(key) is not { } parameters || parameters.Modulus!.Length * 8 < SigningKey.MinimumKeySizeBits) return null;
        var endorsements = key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
        return new SigningKey(kid, parameters, endorsements);
    }

    /// <summary>The public key from <c>n</c>/<c>e</c>, else from the first <c>x5c</c> certificate.</summary>
    private static RSAParameters? ReadParameters(JsonElement key)
    {
        try
        {
            if (StringOf(key, "n") is { Length: > 0 } n && StringOf(key, "e") is { Length: > 0 } e)
            {
                return new RSAParameters { Modulus = TrimLeadingZeros(Base64Url.DecodeFromChars(n)), Exponent = Base64Url.DecodeFromChars(e) };
            }
            if (key.TryGetProperty("x5c", out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0
                && chain[0].ValueKind == JsonValueKind.String)
            {
                using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(chain[0].GetString()!));
                using var rsa = certificate.GetRSAPublicKey();
                return rsa?.ExportParameters(includePrivateParameters: false);
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
        }
        return null;
    }

    private static byte[] TrimLeadingZeros(byte[] modulus)
    {
        var start = 0;
        while (start < modulus.Length - 1 && modulus[start] == 0) start++;
        return start == 0 ? modulus : modulus[start..];
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
