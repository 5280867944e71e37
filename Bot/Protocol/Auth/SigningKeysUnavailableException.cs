namespace EmulationBot.Protocol.Auth;

/// <summary>The signing keys could not be fetched and none were cached: no token can be verified.</summary>
public sealed class SigningKeysUnavailableException(string metadataUrl, Exception inner)
    : Exception($"The signing keys published at {metadataUrl} could not be fetched.", inner);
