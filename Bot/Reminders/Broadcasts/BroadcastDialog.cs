using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;
using EmulationBot.Reminders.Escalation;
using EmulationBot.Reminders.Outbox;
using EmulationBot.Reminders.Scheduling;
using EmulationBot.Units;

namespace EmulationBot.Reminders.Broadcasts;

/// <summary>
/// The office composes an announcement: its text, an optional title, the audience (everyone or one unit), a preview
/// of the card people will get, and a confirmation. Sending is queued for the scheduler (paced, journaled); the
/// office gets the summary card at once and refreshes it to see who has received it.
/// </summary>
public sealed class BroadcastDialog(
    UnitDirectoryStore directory,
    ReminderAccess access,
    BroadcastStore store,
    BroadcastCards cards,
    BroadcastReports reports,
    OutboxStore outbox,
    SchedulerSignal signal,
    TimeProvider time) : WaterfallDialog<BroadcastDraft>
{
    public const string DialogId = "broadcast";
    private const string Everyone = "all";

    public override string Id => DialogId;
    public override string TitleKey => "reminders.broadcast.dialogTitle";
    public override string? HelpKey => "reminders.broadcast.dialogHelp";

    protected override IReadOnlyList<Step> Steps => [AskTextAsync, AskTitleAsync, AskAudienceAsync, PreviewAsync, SendAsync];

    private Task<StepResult> AskTextAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken) =>
        Task.FromResult(step.Ask(new TextPrompt { TextKey = "reminders.broadcast.askText", MaxLength = 4000 }));

    private Task<StepResult> AskTitleAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken)
    {
        if (!step.IsBack) step.Data.Text = step.Text?.Trim();
        return Task.FromResult(step.Ask(new TextPrompt { TextKey = "reminders.broadcast.askTitle", AllowSkip = true, MaxLength = 200 }));
    }

    private async Task<StepResult> AskAudienceAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken)
    {
        if (!step.IsBack) step.Data.Title = string.IsNullOrWhiteSpace(step.Text) ? null : step.Text.Trim();
        var units = (await directory.GetAsync(cancellationToken)).Units
            .OrderBy(u => u.Name, StringComparer.Create(step.Language.Culture(), ignoreCase: true))
            .Select(u => new Choice(u.Id, u.Name) { Synonyms = u.Aliases });
        var choices = new[] { new Choice(Everyone, TitleKey: "reminders.broadcast.everyone") { Synonyms = ["tat ca", "moi nguoi", "toan so", "everyone", "all"] } }.Concat(units).ToArray();
        return step.Ask(new ChoicePrompt { TextKey = "reminders.broadcast.askAudience", Choices = choices });
    }

    private async Task<StepResult> PreviewAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken)
    {
        if (!step.IsBack) step.Data.UnitId = step.Choice is null or Everyone ? null : step.Choice;
        var (name, recipients) = await AudienceAsync(step, cancellationToken);
        if (recipients.Count == 0)
        {
            await step.SendTextAsync(step.T("reminders.broadcast.nobody", name), cancellationToken);
            return step.End();
        }
        await step.Turn.SendActivityAsync(cards.Preview(Draft(step, name, recipients, "preview"), step.Language), cancellationToken);
        return step.Ask(new ConfirmPrompt
        {
            TextKey = "reminders.broadcast.confirm",
            TextArgs = [name, recipients.Count.ToString(step.Language.Culture())],
            YesKey = "reminders.broadcast.send",
            NoKey = "reminders.broadcast.dontSend",
        });
    }

    private async Task<StepResult> SendAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken)
    {
        if (step.Confirmed != true)
        {
            await step.SendTextAsync(step.T("reminders.broadcast.cancelled"), cancellationToken);
            return step.End();
        }
        var actor = await access.ResolveAsync(step.Turn, step.Session, cancellationToken);
        if (!actor.IsOffice)
        {
            await step.SendTextAsync(step.T("reminders.broadcast.officeOnly"), cancellationToken);
            return step.End();
        }
        var (name, recipients) = await AudienceAsync(step, cancellationToken);
        var now = time.GetUtcNow();
        var broadcast = Draft(step, name, recipients, BroadcastStore.NewId(now)) with { CreatedBy = actor.Person.Key, CreatedByName = actor.Person.Name, CreatedAt = now };
        await store.CreateAsync(broadcast, cancellationToken);
        await outbox.EnqueueAsync(new OutboxJob { Id = broadcast.Id, Kind = OutboxJobKind.Broadcast, CreatedAt = now, RequestedBy = actor.Person.Key, BroadcastId = broadcast.Id }, cancellationToken);
        signal.Wake();
        await step.SendTextAsync(step.T("reminders.broadcast.queued", recipients.Count), cancellationToken);
        await step.Turn.SendActivityAsync(BroadcastCards.Wrap(cards.Summary(await reports.SummarizeAsync(broadcast, cancellationToken), step.Language)), cancellationToken);
        return step.End();
    }

    private async Task<(string Name, List<Audience.ReminderRecipient> Recipients)> AudienceAsync(StepContext<BroadcastDraft> step, CancellationToken cancellationToken)
    {
        var units = await directory.GetAsync(cancellationToken);
        if (step.Data.UnitId is { } unitId && units.FindUnit(unitId) is { } unit)
        {
            return (unit.Name, units.MembersOf(unit.Id).Select(Audience.ReminderRecipient.From).ToList());
        }
        return (step.T("reminders.broadcast.everyone"), units.Members.Select(Audience.ReminderRecipient.From).ToList());
    }

    private static Broadcast Draft(StepContext<BroadcastDraft> step, string audienceName, List<Audience.ReminderRecipient> recipients, string id) => new()
    {
        Id = id,
        Title = step.Data.Title,
        Text = step.Data.Text ?? "",
        UnitId = step.Data.UnitId,
        AudienceName = audienceName,
        CreatedBy = step.Session.UserId,
        CreatedAt = default,
        Recipients = recipients,
    };
}
