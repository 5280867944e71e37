using EmulationBot.Text;

namespace EmulationBot.Deadlines;

/// <summary>
/// What a deadlines question asks for: everything, only what is not done ("chưa nộp", "còn việc gì"), only what is
/// late ("quá hạn"), and optionally one kind ("báo cáo tổng kết", "đăng ký").
/// </summary>
public sealed record DeadlineQuery
{
    public bool OpenOnly { get; init; }
    public bool OverdueOnly { get; init; }
    public ObligationKind[] Kinds { get; init; } = [];

    public static DeadlineQuery All { get; } = new();

    public static DeadlineQuery Read(Utterance utterance)
    {
        bool Has(params string[] phrases) => phrases.Any(utterance.Contains);
        var overdue = Has("qua han", "tre han", "overdue", "late");
        var open = overdue || Has("chua nop", "chua lam", "chua xong", "con viec", "con thieu", "con phai", "can lam", "still", "not done", "pending", "left");
        ObligationKind[] kinds = Has("tong ket", "final") ? [ObligationKind.FinalReport]
            : Has("so ket", "tien do", "dinh ky", "progress") ? [ObligationKind.ProgressReport]
            : Has("dang ky", "dang ki", "registration", "register") ? [ObligationKind.Registration]
            : Has("bao cao", "report", "reports") ? [ObligationKind.ProgressReport, ObligationKind.FinalReport]
            : [];
        return new DeadlineQuery { OpenOnly = open, OverdueOnly = overdue, Kinds = kinds };
    }

    public bool Accepts(DeadlineItem item) =>
        (!OpenOnly || item.Status != DeadlineStatus.Done)
        && (!OverdueOnly || item.Status == DeadlineStatus.Overdue)
        && (Kinds.Length == 0 || Kinds.Contains(item.Occurrence.Kind));

    public bool IsFiltered => OpenOnly || OverdueOnly || Kinds.Length > 0;
}
