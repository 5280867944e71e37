using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace EmulationBot.Tests.Support;

/// <summary>A freshly generated RSA key pair that tests sign tokens with and publish as a JWK.</summary>
public sealed class TestSigningKey(string keyId, params string[] endorsements) : IDisposable
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    /// <summary>The channels the published key is endorsed for (Bot Framework channel keys list them).</summary>
    public string[] Endorsements { get; } = endorsements;

    /// <summary>The public key as it appears in a JWKS document.</summary>
    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements.Length > 0) jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)e).ToArray());
        return jwk;
    }

    /// <summary>The public key in PEM, the bytes an attacker would use as an HMAC secret.</summary>
    public string PublicKeyPem() => Rsa.ExportSubjectPublicKeyInfoPem();

    public void Dispose() => Rsa.Dispose();
}
