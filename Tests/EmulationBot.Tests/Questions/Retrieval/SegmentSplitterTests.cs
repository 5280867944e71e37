using EmulationBot.Questions.Retrieval;

namespace EmulationBot.Tests.Questions.Retrieval;

public class SegmentSplitterTests
{
    [Fact]
    public void Sentences_SplitAtFullStops_NotInsideAbbreviationsOrNumbers()
    {
        const string text = "KT. GIÁM ĐỐC ký. Cuộc cách mạng 4.0 đang diễn ra. Hết";
        var sentences = SegmentSplitter.Sentences(text).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["KT. GIÁM ĐỐC ký.", "Cuộc cách mạng 4.0 đang diễn ra.", "Hết"], sentences);
    }

    [Fact]
    public void Split_LongSentence_SplitsIntoClausesAtSemicolons()
    {
        var text = string.Join("; ", Enumerable.Range(1, 3).Select(i => $"việc số {i} gồm rất nhiều nội dung cần thực hiện ngay trong năm")) + ".";
        var pieces = SegmentSplitter.Split(text);
        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.Equal((0, text.Length), (p.SentenceStart, p.SentenceEnd)));
        Assert.StartsWith("việc số 2", text[pieces[1].Start..pieces[1].End]);
    }

    [Fact]
    public void Split_ShortSentence_StaysWhole() =>
        Assert.Single(SegmentSplitter.Split("Gửi báo cáo; nhận kết quả."));
}
