using EmulationBot.Plans.Dates;

namespace EmulationBot.Tests.Plans.Dates;

public class VietnameseDateReaderTests
{
    private static readonly DateReadOptions Input = DateReadOptions.ForInput(new DateOnly(2025, 3, 15), preferFuture: false);

    [Theory]
    [InlineData("30/05/2022", "2022-05-30")]
    [InlineData("30/5/2022", "2022-05-30")]
    [InlineData("1/6/2023", "2023-06-01")]
    [InlineData("30-5-2022", "2022-05-30")]
    [InlineData("30.5.2022", "2022-05-30")]
    [InlineData("ngày 30 tháng 5 năm 2022", "2022-05-30")]
    [InlineData("ngay 30 thang 5 nam 2022", "2022-05-30")]
    [InlineData("NGÀY 30 THÁNG 5 NĂM 2022", "2022-05-30")]
    [InlineData("tháng 10/2022", "2022-10")]
    [InlineData("thang 10 nam 2022", "2022-10")]
    [InlineData("quý III/2025", "2025-Q3")]
    [InlineData("quy 3 nam 2025", "2025-Q3")]
    [InlineData("quý IV năm 2024", "2024-Q4")]
    [InlineData("năm 2022", "2022")]
    [InlineData("2022-05-30", "2022-05-30")]
    [InlineData("2025-Q2", "2025-Q2")]
    [InlineData("2022-10", "2022-10")]
    [InlineData("10/2022", "2022-10")]
    [InlineData("Q3 2025", "2025-Q3")]
    [InlineData("2024", "2024")]
    [InlineData("30 May 2022", "2022-05-30")]
    [InlineData("May 30, 2022", "2022-05-30")]
    [InlineData("October 2022", "2022-10")]
    [InlineData("01/01//2004", "2004-01-01")]
    public void TryRead_FullForms_ReadsValueAndPrecision(string input, string iso)
    {
        Assert.True(VietnameseDateReader.TryRead(input, out var date, Input), input);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("30/5", "2025-05-30")]
    [InlineData("ngày 30/5", "2025-05-30")]
    [InlineData("tháng 11", "2025-11")]
    [InlineData("quý 2", "2025-Q2")]
    [InlineData("cuối tháng 11", "2025-11-30")]
    [InlineData("cuoi thang 2/2024", "2024-02-29")]
    [InlineData("cuối năm", "2025-12-31")]
    [InlineData("hạn 30/5 nhé", "2025-05-30")]
    public void TryRead_ShortInput_TakesYearFromToday(string input, string iso)
    {
        Assert.True(VietnameseDateReader.TryRead(input, out var date, Input), input);
        Assert.Equal(iso, date.ToIso());
    }

    [Fact]
    public void TryRead_PreferFuture_PastDayMovesToNextYear()
    {
        var options = DateReadOptions.ForInput(new DateOnly(2025, 12, 10));
        Assert.Equal("2026-01-05", VietnameseDateReader.Read("5/1", options)!.Value.ToIso());
        Assert.Equal("2025-12-20", VietnameseDateReader.Read("20/12", options)!.Value.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("không biết")]
    [InlineData("31/4/2023")]
    [InlineData("30/13/2022")]
    [InlineData("từ 1/6/2023 đến 30/6/2023")]
    [InlineData("30/5/2022 hoặc 31/5/2022")]
    public void TryRead_NoSingleDate_ReturnsFalse(string input) =>
        Assert.False(VietnameseDateReader.TryRead(input, out _, Input));

    [Theory]
    [InlineData("trước ngày 30/5/2022", "2022-05-30", DateMarker.Before)]
    [InlineData("hoàn thành trước tháng ngày 30/5/2022", "2022-05-30", DateMarker.Before)]
    [InlineData("chậm nhất là ngày 15/12/2023", "2023-12-15", DateMarker.NoLaterThan)]
    [InlineData("cham nhat 15/12/2023", "2023-12-15", DateMarker.NoLaterThan)]
    [InlineData("đến hết ngày 31 tháng 10 năm 2023", "2023-10-31", DateMarker.Until)]
    [InlineData("trong tháng 11/2022", "2022-11", DateMarker.Within)]
    [InlineData("trong quý III/2025", "2025-Q3", DateMarker.Within)]
    [InlineData("vào ngày 2/9/2025", "2025-09-02", DateMarker.On)]
    [InlineData("thời hạn: 30/6/2024", "2024-06-30", DateMarker.Before)]
    public void ReadDeadline_Markers_AreRead(string input, string iso, DateMarker marker)
    {
        var deadline = VietnameseDateReader.ReadDeadline(input, Input);
        Assert.NotNull(deadline);
        Assert.Equal(iso, deadline.Due!.Value.ToIso());
        Assert.Equal(marker, deadline.Marker);
    }

    [Theory]
    [InlineData("từ ngày 01/6/2023 đến ngày 30/6/2023", "2023-06-01", "2023-06-30")]
    [InlineData("từ 1/6 đến 30/6/2023", "2023-06-01", "2023-06-30")]
    [InlineData("tu thang 6/2023 den het thang 9/2023", "2023-06", "2023-09")]
    public void ReadDeadline_Range_HasStartAndEnd(string input, string from, string to)
    {
        var deadline = VietnameseDateReader.ReadDeadline(input, Input)!;
        Assert.Equal(DateMarker.Range, deadline.Marker);
        Assert.Equal(from, deadline.From!.Value.ToIso());
        Assert.Equal(to, deadline.Due!.Value.ToIso());
    }

    [Theory]
    [InlineData("trước ngày 10 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=10")]
    [InlineData("báo cáo hàng tháng", "FREQ=MONTHLY")]
    [InlineData("định kỳ 6 tháng", "FREQ=MONTHLY;INTERVAL=6")]
    [InlineData("hang quy", "FREQ=MONTHLY;INTERVAL=3")]
    [InlineData("hằng năm", "FREQ=YEARLY")]
    public void ReadDeadline_Recurrence_IsRead(string input, string rule)
    {
        var deadline = VietnameseDateReader.ReadDeadline(input, Input)!;
        Assert.Equal(rule, deadline.Recurrence!.ToRule());
        Assert.Null(deadline.Due);
    }

    [Fact]
    public void FindAll_DocumentYearlessWithoutMarker_IsIgnored()
    {
        var mentions = VietnameseDateReader.FindAll("nhân dịp ngày 2/9 và trước ngày 15/12", new DateReadOptions { DefaultYear = 2023 });
        var mention = Assert.Single(mentions);
        Assert.Equal("2023-12-15", mention.Value.ToIso());
    }

    [Fact]
    public void FindAll_PositionsPointAtTheOriginalText()
    {
        const string text = "Gửi Kế hoạch về Văn phòng Sở trước ngày 30/5/2022.";
        var mention = Assert.Single(VietnameseDateReader.FindAll(text));
        Assert.Equal("trước ngày 30/5/2022", text.Substring(mention.Start, mention.Length));
        Assert.Equal("ngày 30/5/2022", text[mention.DateStart..mention.End]);
    }
}
