using System.Text;
using EmulationBot.Questions.Text;

namespace EmulationBot.Tests.Questions.Text;

public class FoldedTextTests
{
    [Theory]
    [InlineData("Hạn nộp báo cáo", "han nop bao cao")]
    [InlineData("han nop bao cao", "han nop bao cao")]
    [InlineData("ĐẮK NÔNG", "dak nong")]
    [InlineData("Đơn vị", "don vi")]
    [InlineData("Quảng Bình", "quang binh")]
    public void Of_VietnameseText_LowerCaseWithoutDiacritics(string text, string folded) =>
        Assert.Equal(folded, FoldedText.Of(text));

    [Fact]
    public void Of_NfdInput_EqualsNfcInput()
    {
        var nfc = "Văn phòng Sở hướng dẫn tổng kết";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(FoldedText.Of(nfc), FoldedText.Of(nfd));
    }

    [Theory]
    [InlineData("hủy", "huỷ")]
    [InlineData("hòa", "hoà")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("đ", "d")]
    public void Of_SpellingVariants_FoldAlike(string a, string b) => Assert.Equal(FoldedText.Of(a), FoldedText.Of(b));

    [Fact]
    public void Of_NfcText_KeepsEveryPosition()
    {
        var text = "Gửi về Văn phòng Sở trước ngày 30/5/2022.";
        var folded = FoldedText.Of(text);
        Assert.Equal(text.Length, folded.Length);
        var at = folded.IndexOf("van phong so", StringComparison.Ordinal);
        Assert.Equal("Văn phòng Sở", text.Substring(at, "van phong so".Length));
    }

    [Fact]
    public void Nfc_DecomposedText_IsComposed() =>
        Assert.Equal("Kế hoạch", FoldedText.Nfc("Kế hoạch".Normalize(NormalizationForm.FormD)));
}
