using EmulationBot.Reminders.Journal;

namespace EmulationBot.Tests.Reminders;

public class JournalRulesTests
{
    private static readonly DateTimeOffset Now = new(2022, 5, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly JournalRules Rules = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), MaxAttempts: 3);

    private static JournalEntry Entry(string occasion, int index, DeliveryState state, TimeSpan ago, int tries = 1, TimeSpan? snoozedFor = null) => new()
    {
        Occasion = occasion, Index = index, State = state, AttemptedAt = Now - ago, Tries = tries,
        SnoozedUntil = snoozedFor is { } s ? Now + s : null,
    };

    [Fact]
    public void Owes_NothingRecorded_True() => Assert.True(Rules.Owes(null, "due", 2, Now));

    [Theory]
    [InlineData(DeliveryState.Sent)]
    [InlineData(DeliveryState.Gone)]
    [InlineData(DeliveryState.Unreachable)]
    [InlineData(DeliveryState.Uncertain)]
    public void Owes_SameOccasionSettled_False(DeliveryState state) =>
        Assert.False(Rules.Owes(Entry("due", 2, state, TimeSpan.FromHours(1)), "due", 2, Now));

    [Fact]
    public void Owes_ALaterOccasionRecorded_False() =>
        Assert.False(Rules.Owes(Entry("overdue-1", 3, DeliveryState.Sent, TimeSpan.FromHours(1)), "due", 2, Now));

    [Fact]
    public void Owes_AnEarlierOccasionSent_True() =>
        Assert.True(Rules.Owes(Entry("before-1", 1, DeliveryState.Sent, TimeSpan.FromDays(3)), "due", 2, Now));

    [Fact]
    public void Owes_WhileSnoozed_False_AndOnceTheSnoozeIsOver_True()
    {
        var snoozed = Entry("before-1", 1, DeliveryState.Sent, TimeSpan.FromDays(1), snoozedFor: TimeSpan.FromMinutes(10));

        Assert.False(Rules.Owes(snoozed, "due", 2, Now));
        Assert.True(Rules.Owes(snoozed, "due", 2, Now + TimeSpan.FromMinutes(10)));
        Assert.True(JournalRules.SnoozeIsDue(snoozed, Now + TimeSpan.FromMinutes(10)));
    }

    [Theory]
    [InlineData(4, false)] // may still be under way
    [InlineData(5, true)] // interrupted: owed once more
    public void Owes_AttemptedNotMarked_OnlyAfterTheAttemptTimeout(int minutesAgo, bool owed) =>
        Assert.Equal(owed, Rules.Owes(Entry("due", 2, DeliveryState.Attempted, TimeSpan.FromMinutes(minutesAgo)), "due", 2, Now));

    [Theory]
    [InlineData(1, 4, false)]
    [InlineData(1, 5, true)]
    [InlineData(2, 9, false)] // the back-off grows with the tries
    [InlineData(2, 10, true)]
    [InlineData(3, 60, false)] // out of tries
    public void Owes_Failed_AfterABackOff_WhileTriesRemain(int tries, int minutesAgo, bool owed) =>
        Assert.Equal(owed, Rules.Owes(Entry("due", 2, DeliveryState.Failed, TimeSpan.FromMinutes(minutesAgo), tries), "due", 2, Now));

    [Fact]
    public void OwesOnce_AnotherOccasionSettled_True_ThisOneSettled_False()
    {
        Assert.True(Rules.OwesOnce(Entry("due", 2, DeliveryState.Sent, TimeSpan.FromHours(2)), "now-1", Now));
        Assert.False(Rules.OwesOnce(Entry("now-1", 2, DeliveryState.Sent, TimeSpan.FromMinutes(1)), "now-1", Now));
        Assert.False(Rules.OwesOnce(Entry("due", 2, DeliveryState.Attempted, TimeSpan.FromMinutes(1)), "now-1", Now));
    }

    [Fact]
    public void NextLook_IsTheEarliestOfSnoozeAttemptAndRetry()
    {
        Assert.Null(Rules.NextLook(Entry("due", 2, DeliveryState.Sent, TimeSpan.FromHours(1))));
        Assert.Equal(Now + TimeSpan.FromMinutes(4), Rules.NextLook(Entry("due", 2, DeliveryState.Attempted, TimeSpan.FromMinutes(1))));
        Assert.Equal(Now + TimeSpan.FromMinutes(2), Rules.NextLook(Entry("due", 2, DeliveryState.Failed, TimeSpan.FromMinutes(3))));
        Assert.Equal(Now + TimeSpan.FromMinutes(1), Rules.NextLook(Entry("due", 2, DeliveryState.Sent, TimeSpan.FromHours(1), snoozedFor: TimeSpan.FromMinutes(1))));
    }
}
