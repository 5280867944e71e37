using EmulationBot.Roles;

namespace EmulationBot.Units;

/// <summary>A person in the directory: who they are in Teams/Entra, their unit and their role.</summary>
public sealed record Member
{
    /// <summary>
    /// Stable key: the Entra (AAD) object id when known, else the Teams user id; for someone the office listed by
    /// e-mail before they ever talked to the bot, <c>mail:</c> and the e-mail. It never changes once given.
    /// </summary>
    public required string Key { get; init; }

    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? AadObjectId { get; init; }

    /// <summary>The Teams user id (29:…) once the person has talked to the bot.</summary>
    public string? TeamsUserId { get; init; }

    public string? UnitId { get; init; }
    public Role Role { get; init; } = Role.Employee;

    /// <summary>True for an entry the office made (roster, card) that no Teams user has been matched to yet.</summary>
    public bool IsUnlinked => AadObjectId is null && TeamsUserId is null;

    /// <summary>The key for someone known only by e-mail.</summary>
    public static string KeyForEmail(string email) => "mail:" + email.Trim().ToLowerInvariant();
}
