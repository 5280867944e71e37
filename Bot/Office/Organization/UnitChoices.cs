using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Roles;
using EmulationBot.Text;
using EmulationBot.Units;

namespace EmulationBot.Office.Organization;

/// <summary>The units as the options of a typed-or-clicked choice.</summary>
public static class UnitChoices
{
    public static Choice[] Of(UnitDirectory directory, Language language) =>
        directory.Units.OrderBy(u => u.Name, StringComparer.Create(language.Culture(), ignoreCase: true))
            .Select(u => new Choice(u.Id, u.Name) { Synonyms = [Words(u.Name), .. u.Aliases.Select(Words)] })
            .ToArray();

    /// <summary>The name as whole syllables ("phong ke hoach tai chinh"), so that a typed part of it matches.</summary>
    private static string Words(string name) => string.Join(' ', VietnameseText.Syllables(VietnameseText.Fold(name)));

    public static Choice[] Roles() =>
        Enum.GetValues<Role>().Select(r => new Choice(r.ToString(), null, RoleNames.Key(r)) { Synonyms = RoleNames.Words(r) }).ToArray();
}
