using EmulationBot.Commitments;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Commitments;

public class RegistrationNumbersTests
{
    [Fact]
    public void Next_HasTheVietnamDateAndSevenCrockfordCharacters()
    {
        // 23:30 UTC on 31/05 is already 01/06 in Vietnam.
        var numbers = new RegistrationNumbers(new ManualClock(new DateTimeOffset(2025, 5, 31, 23, 30, 0, TimeSpan.Zero)));

        var number = numbers.Next();

        Assert.Matches("^DK-250601-[0-9A-HJKMNP-TV-Z]{7}$", number);
    }

    [Fact]
    public void Next_TwoHundredThousandInOneProcess_NeverRepeats()
    {
        var clock = new ManualClock(FlowWorld.Start);
        var numbers = new RegistrationNumbers(clock);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(seen.Add(numbers.Next()), $"Repeated after {i} numbers.");
            if (i % 7 == 0) clock.Advance(TimeSpan.FromMilliseconds(300));
        }
    }

    [Fact]
    public async Task Next_ManyThreadsAtTheSameInstant_NeverRepeat()
    {
        var numbers = new RegistrationNumbers(new ManualClock(FlowWorld.Start));

        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Enumerable.Range(0, 10_000).Select(_ => numbers.Next()).ToList())));

        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("dk-250520-2k9f7qx", "DK-250520-2K9F7QX")]
    [InlineData("DK 250520 2K9F7QX", "DK-250520-2K9F7QX")]
    [InlineData("DK-25O520-2K9F7QX", "DK-250520-2K9F7QX")]
    [InlineData("DK-250520-2K9F7Q", null)]
    [InlineData("DK-250520-2K9F7QU", null)]
    [InlineData("BC-250520-2K9F7QX", null)]
    [InlineData("", null)]
    public void Normalize_AcceptsTypingVariants_RejectsOthers(string typed, string? expected) =>
        Assert.Equal(expected, RegistrationNumbers.Normalize(typed));

    [Fact]
    public void Find_InASentence()
    {
        Assert.Equal("DK-250520-2K9F7QX", RegistrationNumbers.Find("sửa đăng ký dk-250520-2k9f7qx giúp tôi"));
        Assert.Null(RegistrationNumbers.Find("sửa đăng ký của tôi"));
    }
}
