namespace EmulationBot.Storage;

/// <summary>The one place that decides whether a write's ETag condition holds (see <see cref="IStorage"/>).</summary>
public static class ETagRule
{
    public const string Any = "*";

    public static bool Allows(string? requested, string? current) => requested switch
    {
        null => current is null,
        Any => true,
        _ => current is not null && string.Equals(requested, current, StringComparison.Ordinal),
    };
}
