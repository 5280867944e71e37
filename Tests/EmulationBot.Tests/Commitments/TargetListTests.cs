using EmulationBot.Commitments;

namespace EmulationBot.Tests.Commitments;

public class TargetListTests
{
    [Theory]
    [InlineData("Hoàn thành 100% nhiệm vụ\nKhông có văn bản trễ hạn")]
    [InlineData("Hoàn thành 100% nhiệm vụ; Không có văn bản trễ hạn")]
    [InlineData("- Hoàn thành 100% nhiệm vụ\r\n- Không có văn bản trễ hạn\n")]
    [InlineData("1. Hoàn thành 100% nhiệm vụ\n2) Không có văn bản trễ hạn")]
    [InlineData("• Hoàn thành 100% nhiệm vụ\n\n  • Không có văn bản trễ hạn  ")]
    [InlineData("a) Hoàn thành 100% nhiệm vụ\nb) Không có văn bản trễ hạn")]
    public void Parse_LinesSemicolonsAndBullets_GiveTheSameItems(string typed) =>
        Assert.Equal(["Hoàn thành 100% nhiệm vụ", "Không có văn bản trễ hạn"], TargetList.Parse(typed));

    [Fact]
    public void Parse_KeepsNumbersInsideATarget() =>
        Assert.Equal(["10 bài báo trong năm 2025", "Tỷ lệ 95.5% hồ sơ đúng hạn"], TargetList.Parse("10 bài báo trong năm 2025\nTỷ lệ 95.5% hồ sơ đúng hạn"));

    [Theory]
    [InlineData("")]
    [InlineData(" ; ;")]
    [InlineData("-\n•\n1.")]
    public void Parse_NothingButPunctuation_IsEmpty_AndAProblem(string typed)
    {
        var items = TargetList.Parse(typed);

        Assert.Empty(items);
        Assert.Equal("commitments.targetsEmpty", TargetList.Problem(items));
    }

    [Fact]
    public void Problem_TooManyOrTooLong()
    {
        Assert.Equal("commitments.targetsTooMany", TargetList.Problem(Enumerable.Range(1, 21).Select(i => $"Chỉ tiêu {i}").ToList()));
        Assert.Equal("commitments.targetTooLong", TargetList.Problem([new string('x', 501)]));
        Assert.Null(TargetList.Problem(["Một chỉ tiêu"]));
    }
}
