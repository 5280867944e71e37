namespace EmulationBot.Roles;

/// <summary>
/// The first office users, named in configuration (<c>Roles:Office</c>) by AAD object id or by UPN / e-mail, so
/// that someone can manage roles before anyone was given one in the bot. Configuration always wins: such a user
/// stays office staff whatever the directory says.
/// </summary>
public sealed class ConfiguredOffice
{
    public const string Section = "Roles";
    private readonly HashSet<Guid> _objectIds = [];
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public ConfiguredOffice(IEnumerable<string> entries)
    {
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (entry.Contains('@')) _names.Add(entry);
            else if (Guid.TryParse(entry, out var id)) _objectIds.Add(id);
            else _names.Add(entry);
        }
    }

    /// <summary>True when a UPN list is configured, so that a user's UPN is worth asking Teams for.</summary>
    public bool ListsUserPrincipalNames => _names.Count > 0;

    public int Count => _objectIds.Count + _names.Count;

    public bool Grants(string? aadObjectId, string? userPrincipalName) =>
        (aadObjectId is not null && Guid.TryParse(aadObjectId, out var id) && _objectIds.Contains(id))
        || (userPrincipalName is not null && _names.Contains(userPrincipalName.Trim()));

    /// <summary>
    /// Reads <c>Roles:Office</c>: a list (<c>Roles:Office:0</c>, …, as appsettings.json arrays give) or one string
    /// separated by ',' or ';' (as one environment variable gives).
    /// </summary>
    public static ConfiguredOffice From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section).GetSection("Office");
        var entries = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (section.Value is { } joined) entries.AddRange(joined.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
        return new ConfiguredOffice(entries);
    }
}
