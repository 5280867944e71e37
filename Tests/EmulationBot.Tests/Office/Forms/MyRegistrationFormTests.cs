using DocumentFormat.OpenXml.Packaging;
using EmulationBot.Tests.Office.Support;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Office.Forms;

public class MyRegistrationFormTests
{
    [Theory]
    [InlineData("tải bản đăng ký")]
    [InlineData("tai phieu dang ky")]
    [InlineData("registration form")]
    public async Task MyForm_Employee_GetsTheirOwnRegistrationAsAWordForm(string text)
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());
        await FlowSteps.RegisterAsync(world, FlowWorld.Employee);
        await FlowSteps.RegisterAsync(world, FlowWorld.Colleague, "Chiến sĩ thi đua cơ sở");

        var replies = await world.SendAsync(text, FlowWorld.Employee);

        var (name, bytes) = (await ExportLinks.FilesAsync(world.Bot, replies.Cards().Single())).Single();
        Assert.EndsWith("Nguyễn Văn An.docx", name);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Lao động tiên tiến", body);
        Assert.DoesNotContain("Phạm Thị Dung", body);
    }

    [Fact]
    public async Task MyForm_NothingRegistered_SaysHowToRegister()
    {
        await using var world = await FlowWorld.CreateAsync(settings: ExportLinks.Settings());

        var replies = await world.SendAsync("tải bản đăng ký", FlowWorld.Colleague);

        Assert.Contains("Bạn chưa có bản đăng ký thi đua nào", replies.AllText());
        Assert.Empty(replies.Cards());
    }
}
