using EmulationBot.Deadlines;
using EmulationBot.Dialogs;
using EmulationBot.Units;

namespace EmulationBot.Reports;

/// <summary>
/// Submits what the report dialog collected: checks again that the obligation is one the user's unit must act on,
/// fetches every attached file first (a file that cannot be fetched stops the submission before anything is
/// written), stores the files, writes the report as a new version, records the unit's completion, and sends the
/// receipt saying whether it was on time in Vietnam time.
/// </summary>
public sealed class ReportSubmitter(
    ReportStore store,
    ReportFileDownloader downloader,
    CompletionStore completions,
    PublishedPlans plans,
    PersonResolver people,
    UnitDirectoryStore directory,
    ReportCards cards,
    TimeProvider time)
{
    /// <summary>True when submitted; false when the files must be sent again (the draft says why).</summary>
    public async Task<bool> SubmitAsync(StepContext<ReportDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Data;
        var person = await people.ResolveAsync(step.Session, cancellationToken);
        var plan = await plans.FindAsync(draft.PlanId, cancellationToken);
        var obligation = plan?.Plan.FindObligation(draft.ObligationId ?? "");
        var units = (await directory.GetAsync(cancellationToken)).Units;
        if (plan is null || obligation is null || ObligationOccurrences.Find(obligation, draft.OccurrenceKey!, plan.Plan.Period) is not { } occurrence
            || !ObligationAssignees.Resolve(obligation, units).Includes(person.Unit?.Id) || person.Unit?.Id != draft.UnitId)
        {
            await step.SendTextAsync(step.T("reports.notYours"), cancellationToken);
            return true;
        }

        var downloads = new List<FileDownload>();
        foreach (var file in draft.Files)
        {
            var download = await downloader.DownloadAsync(file, step.Turn.Activity.ServiceUrl, cancellationToken);
            if (download.Error is { } error)
            {
                draft.FileProblem = "reports.fileError." + error.ToString().ToLowerInvariant();
                draft.FileProblemName = file.Name;
                return false;
            }
            downloads.Add(download);
        }
        var files = new List<ReportFile>();
        for (var i = 0; i < downloads.Count; i++)
        {
            var key = ReportKeys.File(draft.SubmissionId!, i + 1);
            await store.SaveFileAsync(key, downloads[i].Bytes!, cancellationToken);
            files.Add(new ReportFile(draft.Files[i].Name, draft.Files[i].ContentType, downloads[i].Bytes!.Length, key));
        }

        var now = time.GetUtcNow();
        var prefix = ReportKeys.Submissions(plan.Plan.Id, ReportKeys.UnitSegment(draft.UnitId, person.Key), occurrence.Key);
        // The report is the commit point. Files are keyed by the submission, so a retried turn writes the same ones
        // again; if the report write fails they stay unreferenced (never shown) until the user retries.
        var (report, reportKey) = await CreateAsync(prefix, draft, plan.Plan, obligation, occurrence, person, step.Session, now, files, cancellationToken);
        if (draft.UnitId is { } unitId)
        {
            await completions.MarkDoneAsync(plan.Plan.Id, unitId, new Completion
            {
                Key = occurrence.Key, ObligationId = obligation.Id, Source = CompletionSource.Report,
                By = person.Key, ByName = person.Name, At = report.SubmittedAt, ReportKey = reportKey,
            }, cancellationToken);
        }
        ReportIndex.Add(step.Session.User, new ReportRef(plan.Plan.Id, occurrence.Key, draft.UnitId, reportKey, PlanChoices.Shorten(obligation.What, 90), occurrence.Due, report.Version, report.SubmittedAt, report.OnTime));
        step.Session.User.CurrentPlanId = plan.Plan.Id;
        await step.Turn.SendActivityAsync(cards.Receipt(report, step.Language), cancellationToken);
        return true;
    }

    private Task<(Report Report, string Key)> CreateAsync(string prefix, ReportDraft draft, Plans.Model.Plan plan, Plans.Model.Obligation obligation,
        ObligationOccurrence occurrence, Person person, Conversation.UserSession session, DateTimeOffset now, List<ReportFile> files, CancellationToken cancellationToken) =>
        store.CreateAsync(prefix, draft.SubmissionId!, (version, _) => new Report
        {
            PlanId = plan.Id,
            PlanTitle = draft.PlanTitle ?? plan.Title,
            ObligationId = obligation.Id,
            OccurrenceKey = occurrence.Key,
            What = obligation.What,
            Due = occurrence.Due,
            Kind = occurrence.Kind,
            UnitId = draft.UnitId,
            UnitName = draft.UnitName,
            Submitter = new Submitter(person.Key, person.Name, session.UserId, session.User.AadObjectId),
            Summary = draft.Summary!,
            Files = files,
            SubmittedAt = now,
            OnTime = DueDates.IsOnTime(occurrence.Due, now),
            DaysLate = DueDates.DaysLate(occurrence.Due, now),
            Version = version,
            SubmissionId = draft.SubmissionId!,
        }, cancellationToken);
}
