using EmulationBot.Commitments;
using EmulationBot.Localization;
using EmulationBot.Reports;

namespace EmulationBot.Office.Review;

/// <summary>
/// The review states as people read them: Chưa gửi (nothing sent), Chờ duyệt (sent), Trả lại (returned, with a
/// reason), Đã duyệt (approved), Quá hạn (nothing sent and past due) — and Đã rút for a withdrawn registration.
/// </summary>
public static class ReviewStatuses
{
    public static string Name(Strings strings, CommitmentStatus status, Language language) => strings.Get(language, status switch
    {
        CommitmentStatus.Approved => "office.status.approved",
        CommitmentStatus.Returned => "office.status.returned",
        CommitmentStatus.Withdrawn => "office.status.withdrawn",
        _ => "office.status.submitted",
    });

    public static string Name(Strings strings, ReportStatus status, Language language) => strings.Get(language, status switch
    {
        ReportStatus.Approved => "office.status.approved",
        ReportStatus.Returned => "office.status.returned",
        _ => "office.status.submitted",
    });

    /// <summary>Nothing sent: "Chưa gửi" before the due day, "Quá hạn" after it.</summary>
    public static string Missing(Strings strings, bool overdue, Language language) =>
        strings.Get(language, overdue ? "office.status.late" : "office.status.draft");
}
