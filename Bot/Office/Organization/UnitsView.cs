using EmulationBot.Conversation;
using EmulationBot.Localization;
using EmulationBot.Protocol;
using EmulationBot.Roles;
using EmulationBot.Units;
using System.Text.Json.Nodes;

namespace EmulationBot.Office.Organization;

/// <summary>The cards of units and people: the list of units, one unit with its people, one person's form.</summary>
public sealed class UnitsView(UnitDirectoryStore store, CardFactory cards, Strings strings)
{
    public async Task<Activity> ListAsync(Language language, string? notice, CancellationToken cancellationToken)
    {
        var dir = await store.GetAsync(cancellationToken);
        var units = new JsonArray();
        foreach (var unit in Sorted(dir.Units, language))
        {
            var members = dir.MembersOf(unit.Id).ToList();
            var heads = members.Where(m => m.Role == Role.UnitHead).Select(m => m.Name).ToList();
            units.Add(new JsonObject
            {
                ["id"] = unit.Id,
                ["name"] = unit.Name,
                ["line"] = strings.Get(language, "office.units.unitLine", members.Count,
                    heads.Count == 0 ? strings.Get(language, "office.units.noHead") : string.Join(", ", heads)),
            });
        }
        return cards.Message("office-units", language, new JsonObject { ["notice"] = notice, ["units"] = units, ["empty"] = units.Count == 0 });
    }

    /// <summary>One unit: its people, and (for the office) the ways to change it.</summary>
    public async Task<Activity> UnitAsync(Language language, Unit unit, bool canEdit, string? notice, CancellationToken cancellationToken)
    {
        var dir = await store.GetAsync(cancellationToken);
        var members = new JsonArray();
        foreach (var member in dir.MembersOf(unit.Id).OrderBy(m => m.Role == Role.UnitHead ? 0 : 1).ThenBy(m => m.Name, StringComparer.Create(language.Culture(), true)))
        {
            var details = strings.Get(language, RoleNames.Key(member.Role));
            if (member.Email is { } email) details += " · " + email;
            if (member.IsUnlinked) details += " · " + strings.Get(language, "office.units.notLinked");
            members.Add(new JsonObject { ["key"] = member.Key, ["name"] = member.Name, ["details"] = details });
        }
        return cards.Message("office-unit", language, new JsonObject
        {
            ["notice"] = notice,
            ["unit"] = new JsonObject { ["id"] = unit.Id, ["name"] = unit.Name },
            ["membersTitle"] = strings.Get(language, "office.units.membersTitle", members.Count),
            ["members"] = members,
            ["empty"] = members.Count == 0,
            ["canEdit"] = canEdit,
        });
    }

    /// <summary>The form for a new person of <paramref name="unitId"/> (member null) or for an existing one.</summary>
    public async Task<Activity> MemberAsync(Language language, Member? member, string? unitId, string? notice, CancellationToken cancellationToken)
    {
        var dir = await store.GetAsync(cancellationToken);
        var units = new JsonArray();
        foreach (var unit in Sorted(dir.Units, language)) units.Add(new JsonObject { ["value"] = unit.Id, ["title"] = unit.Name });
        var roles = new JsonArray();
        foreach (var role in Enum.GetValues<Role>()) roles.Add(new JsonObject { ["value"] = role.ToString(), ["title"] = strings.Get(language, RoleNames.Key(role)) });
        return cards.Message("office-member", language, new JsonObject
        {
            ["notice"] = notice,
            ["title"] = member is null ? strings.Get(language, "office.units.memberTitleNew") : strings.Get(language, "office.units.memberTitle", member.Name),
            ["key"] = member?.Key,
            ["isNew"] = member is null,
            ["name"] = member?.Name ?? "",
            ["email"] = member?.Email ?? "",
            ["unitId"] = member?.UnitId ?? unitId ?? "",
            ["role"] = (member?.Role ?? Role.Employee).ToString(),
            ["units"] = units,
            ["roles"] = roles,
        });
    }

    private static IEnumerable<Unit> Sorted(IEnumerable<Unit> units, Language language) =>
        units.OrderBy(u => u.Name, StringComparer.Create(language.Culture(), ignoreCase: true));
}
