using EmulationBot.Plans.Model;

namespace EmulationBot.Deadlines;

/// <summary>Reads the kind of an obligation from what it says.</summary>
public static class ObligationKinds
{
    private static readonly string[] Coordination = ["tong hop", "huong dan", "theo doi", "don doc", "kiem tra", "tham muu", "danh sach"];

    public static ObligationKind Of(Obligation obligation)
    {
        var what = " " + ObligationAssignees.Words(obligation.What) + " ";
        bool Has(string phrase) => what.Contains(" " + phrase + " ", StringComparison.Ordinal);
        // "Tổng hợp danh sách đăng ký thi đua" is the office's work on registrations, not a registration.
        var aboutOthers = Coordination.Any(Has);
        if (what.StartsWith(" dang ky ", StringComparison.Ordinal) || (!aboutOthers && (Has("dang ky thi dua") || Has("dang ky danh hieu") || Has("dang ky giao uoc"))))
        {
            return ObligationKind.Registration;
        }
        if (Has("tong ket")) return ObligationKind.FinalReport;
        if (Has("bao cao") || Has("so ket")) return ObligationKind.ProgressReport;
        return ObligationKind.Task;
    }

    public static bool IsReport(this ObligationKind kind) => kind is ObligationKind.ProgressReport or ObligationKind.FinalReport;
}
