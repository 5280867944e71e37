using EmulationBot.Commitments;

namespace EmulationBot.Tests.Commitments;

public class PledgeReaderTests
{
    [Theory]
    [InlineData("sáng kiến: Số hóa hồ sơ", PledgeKind.Initiative, "Số hóa hồ sơ")]
    [InlineData("Sang kien - So hoa ho so", PledgeKind.Initiative, "So hoa ho so")]
    [InlineData("điển hình: Tổ một cửa", PledgeKind.ModelExample, "Tổ một cửa")]
    [InlineData("mô hình Cơ quan không giấy", PledgeKind.ModelExample, "Cơ quan không giấy")]
    [InlineData("model: paperless office", PledgeKind.ModelExample, "paperless office")]
    [InlineData("initiative: e-filing", PledgeKind.Initiative, "e-filing")]
    [InlineData("Phần mềm theo dõi đề tài", PledgeKind.Initiative, "Phần mềm theo dõi đề tài")]
    public void Parse_PrefixDecidesTheKind(string typed, PledgeKind kind, string text) =>
        Assert.Equal(new Pledge(kind, text), PledgeReader.Parse(typed));

    [Theory]
    [InlineData("sáng kiến:")]
    [InlineData("dien hinh")]
    [InlineData("   ")]
    public void Parse_PrefixWithoutContent_IsNothing(string typed) => Assert.Null(PledgeReader.Parse(typed));
}
