using EmulationBot.Commitments;
using EmulationBot.Conversation;
using EmulationBot.Deadlines;
using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;
using EmulationBot.Reports;

namespace EmulationBot.Tests.Deadlines;

public class DeadlineStatusTests
{
    private static readonly DateOnly Today = new(2025, 5, 20);

    private static ObligationOccurrence Occurrence(string what, PlanDate due) => new(new Obligation { Id = "o2", What = what, Due = due }, due, "o2");

    private static CompletionSheet Sheet(params string[] done) => new()
    {
        PlanId = "p",
        UnitId = "u",
        Entries = done.ToDictionary(k => k, k => new Completion { Key = k, ObligationId = k, Source = CompletionSource.Marked, By = "x", At = DateTimeOffset.UnixEpoch }),
    };

    [Theory]
    [InlineData(false, 2025, 6, 15, DeadlineStatus.Pending)]
    [InlineData(false, 2025, 5, 20, DeadlineStatus.Pending)]
    [InlineData(false, 2025, 5, 19, DeadlineStatus.Overdue)]
    [InlineData(true, 2025, 5, 19, DeadlineStatus.Done)]
    [InlineData(true, 2025, 6, 15, DeadlineStatus.Done)]
    public void StatusOf_DoneThenByTheDueDay(bool done, int year, int month, int day, DeadlineStatus status) =>
        Assert.Equal(status, DeadlineBoard.StatusOf(done, PlanDate.OnDay(year, month, day), Today));

    [Fact]
    public void IsDone_ByTheUnitsCompletionRecord()
    {
        var occurrence = Occurrence("Báo cáo sơ kết", PlanDate.OnDay(2025, 6, 15));

        Assert.True(DeadlineBoard.IsDone("p", occurrence, Sheet("o2"), null, "u"));
        Assert.False(DeadlineBoard.IsDone("p", occurrence, Sheet("o3"), new UserState(), "u"));
    }

    [Fact]
    public void IsDone_ByTheUsersOwnReport()
    {
        var occurrence = Occurrence("Báo cáo sơ kết", PlanDate.OnDay(2025, 6, 15));
        var user = new UserState();
        user.Reports.Add(new ReportRef("p", "o2", "u", "reports/p/u/o2/v001", "Báo cáo sơ kết", PlanDate.OnDay(2025, 6, 15), 1, DateTimeOffset.UnixEpoch, true));

        Assert.True(DeadlineBoard.IsDone("p", occurrence, null, user, "u"));
        Assert.False(DeadlineBoard.IsDone("other-plan", occurrence, null, user, "u"));
        Assert.False(DeadlineBoard.IsDone("p", occurrence, null, user, "another-unit"));
    }

    [Fact]
    public void IsDone_ARegistrationObligation_ByTheUsersRegistrationUnderThePlan()
    {
        var registration = Occurrence("Các phòng, đơn vị đăng ký thi đua", PlanDate.OnDay(2025, 3, 31));
        var report = Occurrence("Báo cáo tổng kết", PlanDate.OnDay(2025, 11, 30));
        var user = new UserState();
        user.Commitments.Add(new CommitmentRef("p", "DK-250520-0000000", "commitments/p/u/x", CommitmentKind.Individual, "lao-dong-tien-tien", DateTimeOffset.UnixEpoch));

        Assert.True(DeadlineBoard.IsDone("p", registration, null, user, "u"));
        Assert.False(DeadlineBoard.IsDone("p", report, null, user, "u"));
        Assert.False(DeadlineBoard.IsDone("q", registration, null, user, "u"));
    }
}
