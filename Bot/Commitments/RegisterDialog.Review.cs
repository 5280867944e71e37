using EmulationBot.Dialogs;
using EmulationBot.Dialogs.Prompts;
using EmulationBot.Localization;

namespace EmulationBot.Commitments;

/// <summary>The registration dialog's second half: targets, the optional pledge and its date, the review card, and revising from it.</summary>
public sealed partial class RegisterDialog
{
    private Task<StepResult> AskTargetsAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (Skipping(draft, "targets")) return Task.FromResult(step.Next());
        var hasCurrent = draft.Targets.Count > 0;
        return Task.FromResult(step.Ask(new TextPrompt
        {
            TextKey = draft.TargetsProblem ?? (hasCurrent ? "commitments.askTargetsCurrent" : "commitments.askTargets"),
            TextArgs = hasCurrent ? [string.Join("\n", draft.Targets.Select((t, i) => $"{i + 1}. {t}"))] : [],
            MaxLength = 8000,
            QuickReplyKeys = hasCurrent ? ["commitments.keep"] : [],
        }));
    }

    private Task<StepResult> AskPledgeAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (!Skipping(draft, "targets") && step.Text is { } text && !(ReviewWords.IsKeep(text) && draft.Targets.Count > 0))
        {
            var targets = ReviewWords.IsKeep(text) ? [] : TargetList.Parse(text);
            draft.TargetsProblem = TargetList.Problem(targets);
            if (draft.TargetsProblem is not null) return Task.FromResult(step.GoTo(TargetsStep));
            draft.Targets = targets;
        }
        draft.TargetsProblem = null;
        if (Skipping(draft, "pledge")) return Task.FromResult(step.Next());
        var current = cards.PledgeText(draft.Pledge, step.Language);
        return Task.FromResult(step.Ask(new TextPrompt
        {
            TextKey = draft.PledgeRefused ? "commitments.pledgeEmpty" : current.Length > 0 ? "commitments.askPledgeCurrent" : "commitments.askPledge",
            TextArgs = current.Length > 0 ? [current] : [],
            AllowSkip = true,
            MaxLength = PledgeReader.MaxLength,
            QuickReplyKeys = current.Length > 0 ? ["commitments.keep"] : [],
        }));
    }

    private async Task<StepResult> AskPledgeDateAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (step.IsBack) return draft.Pledge is null ? step.GoTo(PledgeStep) : await AskDateAsync(step, cancellationToken);
        if (Skipping(draft, "pledge") || step.Text is not { } text || ReviewWords.IsKeep(text)) return step.Next();
        draft.PledgeRefused = false;
        if (text.Length == 0)
        {
            draft.Pledge = null;
            return step.Next();
        }
        if (PledgeReader.Parse(text) is not { } pledge)
        {
            draft.PledgeRefused = true;
            return step.GoTo(PledgeStep);
        }
        draft.Pledge = pledge;
        return await AskDateAsync(step, cancellationToken);
    }

    private async Task<StepResult> AskDateAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        var closes = (await plans.FindAsync(draft.PlanId, cancellationToken))?.Plan.Period?.To?.Last;
        var kind = step.T(draft.Pledge!.Kind == PledgeKind.ModelExample ? "commitments.modelExampleLower" : "commitments.initiativeLower");
        draft.AskedPledgeDate = true;
        return step.Ask(new DatePrompt
        {
            TextKey = closes is { } end ? "commitments.askPledgeDateUntil" : "commitments.askPledgeDate",
            TextArgs = closes is { } last ? [kind, VietnamTime.FormatDate(last)] : [kind],
            RetryKey = "commitments.pledgeDateRetry",
            Today = VietnamTime.Today(time),
            Earliest = VietnamTime.Today(time),
            Latest = closes,
            Optional = true,
        });
    }

    private async Task<StepResult> ReviewAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        if (draft.AskedPledgeDate && !step.IsBack && draft.Pledge is not null) draft.Pledge = draft.Pledge with { ExpectedBy = step.Date };
        draft.AskedPledgeDate = false;
        draft.Revise = null;
        draft.Number ??= numbers.Next();
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        return step.Ask(new CardPrompt
        {
            TextKey = draft.IsEditing ? "commitments.reviewEditing" : "commitments.review",
            Template = "commitment-review",
            Data = cards.ReviewData(draft, draft.Owner?.Name ?? person.Name, step.Language),
            TypedActions = ReviewWords.Actions,
        });
    }

    private async Task<StepResult> DecideAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        switch (step.Card?.Action)
        {
            case "confirm":
                await registrar.SaveAsync(step, cancellationToken);
                return step.End();
            case "edit":
                return step.Ask(new ChoicePrompt
                {
                    TextKey = "commitments.askRevise",
                    Choices =
                    [
                        new Choice("title", TitleKey: "commitments.revise.title") { Synonyms = ["danh hieu", "title"] },
                        new Choice("targets", TitleKey: "commitments.revise.targets") { Synonyms = ["chi tieu", "muc tieu", "targets"] },
                        new Choice("pledge", TitleKey: "commitments.revise.pledge") { Synonyms = ["sang kien", "dien hinh", "initiative", "model"] },
                    ],
                });
            default:
                return step.GoTo(ReviewStep);
        }
    }

    private static Task<StepResult> ReviseAsync(StepContext<CommitmentDraft> step, CancellationToken cancellationToken)
    {
        if (step.IsBack) return Task.FromResult(step.GoTo(ReviewStep));
        step.Data.Revise = step.Choice;
        return Task.FromResult(step.GoTo(step.Choice switch { "title" => TitleStep, "targets" => TargetsStep, _ => PledgeStep }));
    }
}
