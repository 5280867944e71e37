using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Office.Forms;
using EmulationBot.Office.Progress;
using EmulationBot.Protocol;
using EmulationBot.Units;

namespace EmulationBot.Office.Exports;

/// <summary>
/// "xuất danh sách" and the export buttons: the plan's workbook and CSV files for the exporter's reach, and a unit's
/// consolidated list in Word. Employees export nothing; a unit head only their own unit.
/// </summary>
public sealed class ExportActions(OfficeGate gate, PlanChooser chooser, PublishedPlans plans, ProgressActions progress, UnitDirectoryStore directory,
    PlanExporter exporter, FormExporter forms, ExportDelivery delivery, Strings strings)
{
    public const string Verb = "office.export";
    public const string UnitListVerb = "office.export.unitlist";

    public async Task ExportAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await gate.AllowAsync(turn, session, OfficeGate.OfficeOrUnitHead, "export", cancellationToken) is not { } person) return;
        if (!delivery.IsConfigured)
        {
            await OfficeReply.TextAsync(turn, delivery.NotConfigured(session.Language), cancellationToken);
            return;
        }
        if (await chooser.ChooseAsync(turn, session, data, Verb, cancellationToken) is not { } summary || await plans.FindAsync(summary.Id, cancellationToken) is not { } plan) return;
        await SendAsync(turn, session, await exporter.ExportAsync(person, plan, session.Language, approvedOnly: false, cancellationToken), cancellationToken);
    }

    public async Task UnitListAsync(TurnContext turn, UserSession session, CardData? data, CancellationToken cancellationToken)
    {
        if (await progress.ResolveAsync(turn, session, data, "unit list", cancellationToken) is not { } resolved) return;
        if (!delivery.IsConfigured)
        {
            await OfficeReply.TextAsync(turn, delivery.NotConfigured(session.Language), cancellationToken);
            return;
        }
        var unit = (await directory.GetAsync(cancellationToken)).FindUnit(resolved.UnitId)!;
        await SendAsync(turn, session, await forms.UnitListAsync(resolved.Person, resolved.Plan, unit, session.Language, cancellationToken), cancellationToken);
    }

    private async Task SendAsync(TurnContext turn, UserSession session, Activity card, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(card, cancellationToken);
        if (turn.Activity.Type == ActivityTypes.Invoke) turn.InvokeResponse = AdaptiveCardInvokeResponse.Message(strings.Get(session.Language, "office.exports.ready"));
    }
}
