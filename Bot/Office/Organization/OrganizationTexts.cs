using EmulationBot.Dialogs;

namespace EmulationBot.Office.Organization;

/// <summary>Texts the organisation dialogs share.</summary>
public static class OrganizationTexts
{
    public static string Outcome(DialogContext dc, EditResult result) =>
        dc.Text("office.units.outcome." + char.ToLowerInvariant(result.Outcome.ToString()[0]) + result.Outcome.ToString()[1..]);
}
