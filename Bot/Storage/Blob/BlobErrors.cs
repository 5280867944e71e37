namespace EmulationBot.Storage.Blob;

/// <summary>Turns an unexpected Blob service answer into a specific, actionable storage exception (never with secrets).</summary>
public static class BlobErrors
{
    private static readonly HashSet<string> PermissionCodes = new(StringComparer.Ordinal)
    {
        "AuthorizationPermissionMismatch", "AuthorizationResourceTypeMismatch", "AuthorizationServiceMismatch",
        "AuthorizationProtocolMismatch", "AuthorizationSourceIPMismatch",
    };

    public static bool IsPermissionProblem(string? code) => code is not null && PermissionCodes.Contains(code);

    public static StorageException ToException(BlobResponse response, BlobConnection connection, string operation)
    {
        var status = (int)response.Status;
        var code = response.ErrorCode ?? "no error code";
        var where = connection.Describe();
        if (status == 403) return Forbidden(code, connection, operation);
        if (status == 404 && code == "ContainerNotFound")
        {
            return new StorageConfigurationException(
                $"{BlobContainerName.Setting} '{connection.Container}' does not exist and could not be created ({where}).");
        }
        if (BlobTransport.IsTransient(response.Status))
        {
            return new StorageUnavailableException(
                $"Azure Blob Storage answered {status} {code} when asked to {operation}, after {response.Attempts} attempt(s) ({where}).");
        }
        return new StorageUnavailableException($"Azure Blob Storage unexpectedly answered {status} {code} when asked to {operation} ({where}).");
    }

    private static StorageConfigurationException Forbidden(string code, BlobConnection connection, string operation)
    {
        var setting = BlobConnectionString.Setting;
        var where = connection.Describe();
        if (connection.SasExpiresOn is { } expiry && expiry <= TimeProvider.System.GetUtcNow())
        {
            return new StorageConfigurationException(
                $"{setting}: the shared access signature expired at {expiry:yyyy-MM-dd HH:mm:ss} UTC (403 {code} when trying to {operation}); " +
                $"issue a new SAS and update the setting ({where}).");
        }
        if (IsPermissionProblem(code))
        {
            return new StorageConfigurationException(
                $"{setting}: the credential is not allowed to {operation} (403 {code}); the bot needs read, write, delete, list " +
                $"(and, to create the container, create) permissions ({where}).");
        }
        if (connection.UsesSharedKey)
        {
            return new StorageConfigurationException(
                $"{setting}: the storage account rejected the request signature (403 {code}) — the AccountKey is wrong, " +
                $"was rotated, or belongs to another account than '{connection.AccountName}' ({where}).");
        }
        return new StorageConfigurationException(
            $"{setting}: the storage service rejected the shared access signature (403 {code}) — it is malformed, " +
            $"not yet valid, revoked, or signed with another key ({where}).");
    }
}
