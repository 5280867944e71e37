using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;

namespace EmulationBot.Reports;

/// <summary>The report dialog's second half: summary, files, the review card, submitting, and revising from the review.</summary>
public sealed partial class ReportDialog
{
    private async Task<StepResult> AskSummaryAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        var key = step.Choice ?? step.Text;
        if (key is not null && !step.IsBack && draft.Revise is null or "obligation")
        {
            if (!await SetObligationAsync(draft, key, cancellationToken)) return step.GoTo(ObligationStep);
        }
        if (Skipping(draft, "summary")) return step.Next();
        return step.Ask(new TextPrompt
        {
            TextKey = draft.SummaryTooShort ? "reports.summaryTooShort" : draft.Summary is null ? "reports.askSummary" : "reports.askSummaryCurrent",
            TextArgs = [draft.What ?? "", draft.Summary ?? ""],
            MaxLength = 8000,
            QuickReplyKeys = draft.Summary is null ? [] : ["reports.keep"],
        });
    }

    private Task<StepResult> AskFilesAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (!Skipping(draft, "summary") && step.Text is { } text && !step.IsBack && !(ReviewWords.IsKeep(text) && draft.Summary is not null))
        {
            draft.SummaryTooShort = text.Trim().Length < MinSummaryLength;
            if (draft.SummaryTooShort) return Task.FromResult(step.GoTo(SummaryStep));
            draft.Summary = text.Trim();
        }
        draft.SummaryTooShort = false;
        if (Skipping(draft, "files")) return Task.FromResult(step.Next());
        var problem = draft.FileProblem;
        draft.FileProblem = null;
        return Task.FromResult(step.Ask(new FilePrompt
        {
            TextKey = problem ?? "reports.askFiles",
            TextArgs = [draft.FileProblemName ?? "", options.Value.MaxFiles.ToString(step.Language.Culture()), (options.Value.MaxFileBytes / (1024 * 1024)).ToString(step.Language.Culture())],
            RetryKey = "reports.filesRetry",
            MaxFiles = options.Value.MaxFiles,
        }));
    }

    private async Task<StepResult> ReviewAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.Value is IReadOnlyList<FileAnswer> files && !step.IsBack) draft.Files = [.. files];
        draft.Revise = null;
        draft.SubmissionId ??= Guid.NewGuid().ToString("N");
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        return step.Ask(new CardPrompt
        {
            TextKey = "reports.review",
            Template = "report-review",
            Data = cards.ReviewData(draft, person.Name, time.GetUtcNow(), step.Language),
            TypedActions = ReviewWords.Actions,
        });
    }

    private async Task<StepResult> DecideAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        switch (step.Card?.Action)
        {
            case ReviewWords.Confirm:
                if (await submitter.SubmitAsync(step, cancellationToken)) return step.End();
                await step.SendTextAsync(step.T("reports.notSubmitted"), cancellationToken);
                return step.GoTo(FilesStep);
            case ReviewWords.Edit:
                return step.Ask(new ChoicePrompt
                {
                    TextKey = "reports.askRevise",
                    Choices =
                    [
                        new Choice("obligation", TitleKey: "reports.revise.obligation") { Synonyms = ["viec", "nghia vu", "obligation", "task"] },
                        new Choice("summary", TitleKey: "reports.revise.summary") { Synonyms = ["tom tat", "noi dung", "summary"] },
                        new Choice("files", TitleKey: "reports.revise.files") { Synonyms = ["tep", "file", "dinh kem", "files"] },
                    ],
                });
            default:
                return step.GoTo(ReviewStep);
        }
    }

    private static Task<StepResult> ReviseAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        if (step.IsBack) return Task.FromResult(step.GoTo(ReviewStep));
        step.Data.Revise = step.Choice;
        return Task.FromResult(step.GoTo(step.Choice switch { "obligation" => ObligationStep, "summary" => SummaryStep, _ => FilesStep }));
    }

    private async Task<bool> SetObligationAsync(ReportDraft draft, string key, CancellationToken cancellationToken)
    {
        var plan = await plans.FindAsync(draft.PlanId, cancellationToken);
        var obligation = plan?.Plan.FindObligation(ObligationOccurrences.ObligationIdOf(key));
        if (obligation is null || ObligationOccurrences.Find(obligation, key, plan!.Plan.Period) is not { } occurrence) return false;
        draft.OccurrenceKey = occurrence.Key;
        draft.ObligationId = obligation.Id;
        draft.What = obligation.What;
        draft.Due = occurrence.Due;
        draft.Kind = occurrence.Kind;
        return true;
    }

    private static bool Skipping(ReportDraft draft, string part) => draft.Revise is not null && draft.Revise != part;
}
