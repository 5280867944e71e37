using EmulationBot.Localization;
using EmulationBot.Plans.Dates;
using FsCheck;
using FsCheck.Fluent;

namespace EmulationBot.Tests.Plans.Dates;

public class VietnameseDateReaderPropertyTests
{
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(400);
    private static readonly DateReadOptions Input = DateReadOptions.ForInput(new DateOnly(2024, 6, 1), preferFuture: false);

    [Theory]
    [InlineData(DateStyle.Short)]
    [InlineData(DateStyle.Words)]
    [InlineData(DateStyle.NoDiacritics)]
    [InlineData(DateStyle.Iso)]
    [InlineData(DateStyle.English)]
    public void Format_AnyDate_ReadsBackAsInput(DateStyle style) =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.DateArb, date =>
            VietnameseDateReader.TryRead(VietnameseDatePrinter.Format(date, style), out var read, Input) && read == date));

    [Theory]
    [InlineData(DateStyle.Short)]
    [InlineData(DateStyle.Words)]
    [InlineData(DateStyle.NoDiacritics)]
    [InlineData(DateStyle.Iso)]
    public void Format_AnyDate_ReadsBackFromAPlanSentence(DateStyle style) =>
        // A plan writes a year as "năm 2022", never as a bare ISO "2022".
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.DateArb.Filter(d => style != DateStyle.Iso || d.Precision != DatePrecision.Year), date =>
        {
            var sentence = $"Các đơn vị gửi báo cáo về Văn phòng Sở trước {VietnameseDatePrinter.Format(date, style)}.";
            var mentions = VietnameseDateReader.FindAll(sentence);
            return mentions.Count == 1 && mentions[0].Value == date && mentions[0].IsDeadline;
        }));

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void FormatDeadline_AnyDate_ReadsBackWithItsPrecision(Language language) =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.DateArb, date =>
        {
            var deadline = VietnameseDateReader.ReadDeadline(VietnameseDatePrinter.FormatDeadline(date, language), Input);
            return deadline?.Due == date && deadline.Marker != DateMarker.None;
        }));

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void Display_AnyDate_ReadsBack(Language language) =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.DateArb, date =>
            VietnameseDateReader.Read(VietnameseDatePrinter.Display(date, language), Input) == date));

    [Fact]
    public void ToIso_AnyDate_ParsesBack() =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.DateArb, date =>
            PlanDate.TryParseIso(date.ToIso(), out var read) && read == date && read.Precision == date.Precision));

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void FormatRecurrence_AnyRecurrence_ReadsBack(Language language) =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.RecurrenceArb, recurrence =>
            RecurrenceReader.Read(VietnameseDatePrinter.FormatRecurrence(recurrence, language)) == recurrence));

    [Fact]
    public void ToRule_AnyRecurrence_ParsesBack() =>
        Check.One(Checks, Prop.ForAll(PlanDateGenerators.RecurrenceArb, recurrence =>
            Recurrence.TryParseRule(recurrence.ToRule(), out var read) && read == recurrence));
}
