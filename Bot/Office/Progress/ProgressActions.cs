using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Progress;

/// <summary>
/// The progress card and its drill-down. The plan and unit a card names are checked: the plan must be published,
/// the unit within the sender's reach (any unit for the office, their own for a unit head); employees see neither.
/// </summary>
public sealed class ProgressActions(OfficeGate gate, PlanChooser chooser, PublishedPlans plans, UnitDirectoryStore directory, ProgressReader reader, ProgressView view)
{
    public const string OverviewVerb = "office.progress";
    public const string UnitVerb = "office.progress.unit";

    public async Task OverviewAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "progress", cancellationToken) is not { } person) return;
        if (await chooser.ChooseAsync(turn, session, data, OverviewVerb, cancellationToken) is not { } summary) return;
        if (await plans.FindAsync(summary.Id, cancellationToken) is not { } plan) return;
        var dir = await directory.GetAsync(cancellationToken);
        var progress = await reader.ReadAsync(plan, OfficeReach.UnitIds(person, dir), cancellationToken);
        var card = person.IsOffice
            ? view.Overview(progress, session.Language, null)
            : view.Unit(progress, progress.Units.Single(), session.Language, canGoBack: false, null);
        await OfficeReply.CardAsync(turn, card, cancellationToken);
    }

    public async Task UnitAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken) =>
        await ShowUnitAsync(turn, session, data, null, cancellationToken);

    /// <summary>The unit's card (with <paramref name="notice"/>), after the same checks as a press on the overview.</summary>
    public async Task ShowUnitAsync(TurnContext turn, UserSession session, CardData? data, string? notice, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, session, data, "unit progress", cancellationToken) is not { } resolved) return;
        var (person, plan, unitId) = resolved;
        var progress = await reader.ReadAsync(plan, [unitId], cancellationToken);
        await OfficeReply.CardAsync(turn, view.Unit(progress, progress.Units.Single(), session.Language, canGoBack: person.IsOffice, notice), cancellationToken);
    }

    /// <summary>The sender, the published plan and the unit a card names, once all three are checked; null after refusing.</summary>
    public async Task<(Person Person, Plans.Store.PublishedPlan Plan, string UnitId)?> ResolveAsync(
        TurnContext turn, UserSession session, CardData? data, string what, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, what, cancellationToken) is not { } person) return null;
        var unit = (await directory.GetAsync(cancellationToken)).FindUnit(data?.GetString("unit"));
        if (unit is null || !person.CanManageUnit(unit.Id))
        {
            await gate.DenyAsync(turn, session, person, what + " of another unit", cancellationToken);
            return null;
        }
        var plan = data?.GetString("plan") is { Length: > 0 } id ? await plans.FindAsync(id, cancellationToken) : null;
        if (plan is null)
        {
            await chooser.ChooseAsync(turn, session, data, OverviewVerb, cancellationToken);
            return null;
        }
        return (person, plan, unit.Id);
    }
}
