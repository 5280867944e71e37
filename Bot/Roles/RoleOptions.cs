namespace EmulationBot.Roles;

/// <summary>Section <c>Roles</c>: who holds each role, as AAD object ids or UPNs (e-mail style names).</summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    /// <summary>Members of the office; in configuration a list (<c>Roles:Office:0</c>, …) or one string separated by ',' or ';'.</summary>
    public List<string> Office { get; set; } = [];

    public IReadOnlyList<string> Members(Role role) => role switch
    {
        Role.Office => Office,
        _ => [],
    };

    public static RoleOptions From(IConfiguration configuration)
    {
        var options = new RoleOptions();
        var office = configuration.GetSection(Section).GetSection(nameof(Office));
        options.Office.AddRange(office.GetChildren().Select(c => c.Value).OfType<string>());
        if (office.Value is { } joined) options.Office.AddRange(joined.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
        options.Office = options.Office.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return options;
    }
}
