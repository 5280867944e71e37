namespace EmulationBot.Office;

/// <summary>Section <c>Office</c>: download links for exports, roster files.</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    /// <summary>
    /// The secret that signs download links (HMAC-SHA256), at least 32 characters; required when exports are used.
    /// Keep it out of appsettings.json (user secrets, environment, Key Vault). Never logged.
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The bot's public address (https://…) that links point at; in Development the listening address is used when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Exported files are deleted from the state store this long after they were made.</summary>
    public TimeSpan ExportRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The largest roster file accepted.</summary>
    public long MaxRosterBytes { get; set; } = 2L * 1024 * 1024;

    public int MaxRosterRows { get; set; } = 5000;

    public int RosterDownloadTimeoutSeconds { get; set; } = 30;
}
