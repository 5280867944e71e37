using System.Security.Cryptography;

namespace EmulationBot.Protocol.Auth;

/// <summary>One published RSA signing key, with the channels it is endorsed for (Bot Framework keys list them).</summary>
public sealed class SigningKey(string keyId, RSAParameters parameters, IReadOnlyList<string> endorsements)
{
    /// <summary>Microsoft publishes 2048-bit keys; a weaker key is never accepted.</summary>
    public const int MinimumKeySizeBits = 2048;

    public string KeyId { get; } = keyId;

    public IReadOnlyList<string> Endorsements { get; } = endorsements;

    public bool IsEndorsedFor(string? channelId) =>
        !string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="signature"/> is this key's RS256 (RSASSA-PKCS1-v1_5, SHA-256) signature of <paramref name="data"/>.</summary>
    public bool VerifyRs256(byte[] data, byte[] signature)
    {
        using var rsa = RSA.Create(parameters);
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
