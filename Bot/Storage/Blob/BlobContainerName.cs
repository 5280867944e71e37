namespace EmulationBot.Storage.Blob;

/// <summary>The Blob service's rules for container names, checked at start-up so a bad name is a clear message.</summary>
public static class BlobContainerName
{
    public const string Setting = "Storage:Container";

    /// <summary>3–63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</summary>
    public static string Validate(string? name)
    {
        var valid = name is { Length: >= 3 and <= 63 }
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new StorageConfigurationException(
                $"{Setting} '{name}' is not a valid container name: use 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }
        return name!;
    }
}
