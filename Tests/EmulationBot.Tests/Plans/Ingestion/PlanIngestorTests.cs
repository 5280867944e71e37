using System.IO.Compression;
using System.Text;
using EmulationBot.Localization;
using EmulationBot.Plans;
using EmulationBot.Plans.Ingestion;
using EmulationBot.Tests.Plans.Support;
using Microsoft.Extensions.Options;

namespace EmulationBot.Tests.Plans.Ingestion;

public class PlanIngestorTests
{
    private static readonly PlanIngestor Ingestor = new(Options.Create(new PlanOptions()));

    [Theory]
    [InlineData("ke-hoach.pdf", "%PDF-1.7\n1 0 obj", PlanIngestError.Pdf)]
    [InlineData("ke-hoach.docx", "%PDF-1.4 saved with the wrong name", PlanIngestError.Pdf)]
    [InlineData("anh-chup.jpg", "not really a jpeg", PlanIngestError.Image)]
    [InlineData("bang.xls", "a spreadsheet", PlanIngestError.Unsupported)]
    [InlineData("ke-hoach.rtf", "{\\rtf1", PlanIngestError.LegacyWord)]
    [InlineData("trong.txt", "   \n\n  ", PlanIngestError.Empty)]
    [InlineData("bien-ban.txt", "Biên bản họp giao ban tuần\nThành phần: Lãnh đạo Sở và các phòng.\nNội dung: trao đổi công việc tuần tới.", PlanIngestError.NotAPlan)]
    public void Ingest_FileThatIsNotAReadablePlan_SaysWhy(string name, string content, PlanIngestError error)
    {
        var result = Ingestor.Ingest(name, Encoding.UTF8.GetBytes(content));
        Assert.Null(result.Plan);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Ingest_ByMagicBytes_TellsImagesAndOldWordFilesApart()
    {
        Assert.Equal(PlanIngestError.Image, Ingestor.Ingest("plan.docx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]).Error);
        Assert.Equal(PlanIngestError.LegacyWord, Ingestor.Ingest("plan.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Error);
        Assert.Equal(PlanIngestError.Empty, Ingestor.Ingest("plan.md", []).Error);
    }

    [Fact]
    public void Ingest_ZipThatIsNotWord_OrDamagedDocx_IsRefused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }
        Assert.Equal(PlanIngestError.Unsupported, Ingestor.Ingest("so-lieu.xlsx", zip.ToArray()).Error);
        Assert.Equal(PlanIngestError.Corrupt, Ingestor.Ingest("ke-hoach.docx", zip.ToArray()).Error);
        Assert.Equal(PlanIngestError.Corrupt, Ingestor.Ingest("ke-hoach.docx", [.. "PK\u0003\u0004"u8, .. new byte[200]]).Error);
    }

    [Fact]
    public void Ingest_OverTheSizeLimit_IsRefusedBeforeReading()
    {
        var small = new PlanIngestor(Options.Create(new PlanOptions { MaxFileBytes = 1024 }));
        var result = small.Ingest(SamplePlans.HaTinh, SamplePlans.Bytes(SamplePlans.HaTinh));
        Assert.Equal(PlanIngestError.TooLarge, result.Error);
        Assert.Equal(PlanIngestError.TooLarge, new PlanIngestor(Options.Create(new PlanOptions { MaxPastedCharacters = 100 })).IngestText(new string('a', 101)).Error);
    }

    [Fact]
    public void Ingest_TextNotInUtf8_IsRefusedNotGuessed()
    {
        // "Kế hoạch" in a legacy single-byte Vietnamese code page: not valid UTF-8.
        var legacy = new byte[] { 0x4B, 0xEA, 0xF2, 0x20, 0x68, 0x6F, 0xA3, 0x63, 0x68, 0x0A, 0xC0, 0xC1 };
        Assert.Equal(PlanIngestError.Encoding, Ingestor.Ingest("ke-hoach.txt", legacy).Error);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16-bom")]
    public void Ingest_TextInUnicode_WithOrWithoutBom_IsRead(string encoding)
    {
        var text = File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan));
        byte[] bytes = encoding switch
        {
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        };
        var result = Ingestor.Ingest("ke-hoach.txt", bytes);
        Assert.Equal("88/KH-SKHCN", result.Plan?.Identity.Number);
        Assert.Equal(7, result.Plan!.Obligations.Count);
    }

    [Fact]
    public void Ingest_SameBytes_SameHash_DifferentBytes_DifferentHash()
    {
        var bytes = SamplePlans.Bytes(SamplePlans.HaTinh);
        Assert.Equal(Ingestor.Ingest("a.md", bytes).SourceHash, Ingestor.Ingest("b.md", bytes).SourceHash);
        Assert.NotEqual(Ingestor.Ingest("a.md", bytes).SourceHash, Ingestor.Ingest("a.md", [.. bytes, (byte)'\n']).SourceHash);
    }

    [Fact]
    public void IngestText_PastedMarkdownOrPlainText_IsRead()
    {
        Assert.Equal(11, Ingestor.IngestText(File.ReadAllText(SamplePlans.Path(SamplePlans.HaTinh))).Plan?.Obligations.Count);
        Assert.Equal(7, Ingestor.IngestText(File.ReadAllText(SamplePlans.Path(SamplePlans.NinhThuan))).Plan?.Obligations.Count);
        Assert.Equal(PlanIngestError.NotAPlan, Ingestor.IngestText("Cho tôi hỏi hạn nộp báo cáo là khi nào?").Error);
    }

    [Fact]
    public void Strings_EveryIngestError_HasAVietnameseAndAnEnglishMessage()
    {
        var strings = new Strings();
        foreach (var error in Enum.GetValues<PlanIngestError>())
        {
            Assert.False(string.IsNullOrWhiteSpace(strings.Get(Language.Vietnamese, "plans.errors." + error, 10)));
            Assert.False(string.IsNullOrWhiteSpace(strings.Get(Language.English, "plans.errors." + error, 10)));
        }
    }
}
