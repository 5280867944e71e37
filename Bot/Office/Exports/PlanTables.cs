using EmulationBot.Commitments;
using EmulationBot.Deadlines;
using EmulationBot.Localization;
using EmulationBot.Office.Progress;
using EmulationBot.Office.Records;
using EmulationBot.Office.Review;
using EmulationBot.Plans.Store;
using EmulationBot.Reports;

namespace EmulationBot.Office.Exports;

/// <summary>The tables of a plan's export for the council's meeting: registrations, reports, and what is overdue — Vietnamese headers.</summary>
public sealed class PlanTables(PlanRecords records, ProgressReader progress, Strings strings)
{
    /// <param name="unitIds">The units in the export (the exporter's reach).</param>
    /// <param name="approvedOnly">Only approved registrations (the consolidated list forwarded to the council).</param>
    public async Task<IReadOnlyList<ExportTable>> BuildAsync(PublishedPlan plan, IReadOnlyList<string> unitIds, bool approvedOnly, CancellationToken cancellationToken)
    {
        var vi = Language.Vietnamese;
        var commitments = (await records.CommitmentsAsync(plan.Plan.Id, unitIds, cancellationToken))
            .Select(k => k.Commitment)
            .Where(c => c.Status != CommitmentStatus.Withdrawn && (!approvedOnly || c.Status == CommitmentStatus.Approved))
            .OrderBy(c => c.UnitName, StringComparer.Ordinal).ThenBy(c => c.Kind).ThenBy(c => c.Owner.Name, StringComparer.Ordinal)
            .ToList();
        var registrations = new ExportTable(strings.Get(vi, "office.exports.sheet.registrations"),
            [new("STT", 6), new("Số đăng ký", 20), new("Họ và tên / tập thể", 26), new("Đơn vị", 26), new("Cá nhân / tập thể", 12), new("Danh hiệu đăng ký", 28),
             new("Chỉ tiêu, nhiệm vụ", 50), new("Sáng kiến, điển hình", 30), new("Ngày đăng ký", 16), new("Tình trạng", 14), new("Lý do trả lại", 30),
             new("Người duyệt", 22), new("Ngày duyệt", 16)],
            [.. commitments.Select((c, i) => (IReadOnlyList<object?>)
            [
                i + 1, c.Number, c.Kind == CommitmentKind.Collective ? c.UnitName : c.Owner.Name, c.UnitName,
                c.Kind == CommitmentKind.Collective ? "Tập thể" : "Cá nhân", c.FindTitle()?.Vietnamese ?? c.TitleCode,
                string.Join('\n', c.Targets.Select((t, k) => $"{k + 1}. {t}")), c.Pledge?.Text, c.UpdatedAt ?? c.RegisteredAt,
                ReviewStatuses.Name(strings, c.Status, vi), c.ReturnReason, c.ReviewedBy, c.ReviewedAt,
            ])]);
        var latest = approvedOnly ? [] : (await records.LatestReportsAsync(plan.Plan.Id, unitIds, cancellationToken))
            .OrderBy(r => r.Report.UnitName, StringComparer.Ordinal).ThenBy(r => r.Report.Due.Last).ToList();
        var reports = new ExportTable(strings.Get(vi, "office.exports.sheet.reports"),
            [new("STT", 6), new("Đơn vị", 26), new("Nội dung báo cáo", 44), new("Hạn nộp", 12), new("Ngày nộp", 16), new("Đúng hạn", 10), new("Số ngày trễ", 10),
             new("Lần nộp", 8), new("Người nộp", 22), new("Tóm tắt", 50), new("Tệp đính kèm", 30), new("Tình trạng", 14), new("Lý do trả lại", 30)],
            [.. latest.Select((k, i) => (IReadOnlyList<object?>)
            [
                i + 1, k.Report.UnitName, k.Report.What, k.Report.Due.Last, k.Report.SubmittedAt, k.Report.OnTime ? "Có" : "Không", k.Report.DaysLate,
                k.Versions, k.Report.Submitter.Name, k.Report.Summary, string.Join('\n', k.Report.Files.Select(f => f.Name)),
                ReviewStatuses.Name(strings, k.Report.Status, vi), k.Report.ReturnReason,
            ])]);
        var state = await progress.ReadAsync(plan, unitIds, cancellationToken);
        var overdue = state.Units.SelectMany(u => u.Work.Where(w => w.Status == DeadlineStatus.Overdue).Select(w => (Unit: u, Work: w))).ToList();
        var late = new ExportTable(strings.Get(vi, "office.exports.sheet.overdue"),
            [new("STT", 6), new("Đơn vị", 26), new("Việc", 50), new("Hạn", 12), new("Số ngày quá hạn", 12), new("Còn thiếu", 40)],
            [.. overdue.Select((o, i) => (IReadOnlyList<object?>)
            [
                i + 1, o.Unit.Unit.Name, o.Work.Occurrence.Obligation.What, o.Work.Occurrence.Due.Last, -o.Work.DaysLeft,
                o.Work.Occurrence.Kind == ObligationKind.Registration ? string.Join(", ", o.Unit.NotRegistered.Select(p => p.Member.Name)) : "Cả đơn vị",
            ])]);
        return approvedOnly ? [registrations] : [registrations, reports, late];
    }
}
