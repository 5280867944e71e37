using System.Text.Json;
using EmulationBot.IntegrationTests.Support.Cards;
using EmulationBot.IntegrationTests.Support.Playground;

namespace EmulationBot.IntegrationTests.Playground;

/// <summary>Asking about the plan through the real Agents Playground: two published plans, questions typed as users type them.</summary>
public sealed class PlaygroundQuestionTests(PlaygroundPlansFixture fixture) : IClassFixture<PlaygroundPlansFixture>, IAsyncLifetime
{
    private PlaygroundClient _user = null!;

    public async Task InitializeAsync() => _user = await fixture.ConnectAsync();

    public async Task DisposeAsync()
    {
        try
        {
            if (_user.Cards.Count > 0) await CardValidator.AssertValidAsync(_user.Cards);
        }
        finally
        {
            await _user.DisposeAsync();
        }
    }

    [Fact]
    public async Task ThreeQuestions_WithDiacritics_WithoutThem_AndOutOfScope()
    {
        await _user.SendTextAsync("Phú Yên: hạn gửi bản đăng ký thi đua là khi nào?");
        var first = await _user.ExpectCardAsync("10/3/2024", _user.PersonalChat);
        Assert.Contains("Theo kế hoạch của Sở KHCN Phú Yên", first.AllText);
        Assert.Contains("Mục IV.2", first.AllText);

        await _user.SendTextAsync("cao bang ai theo doi huong dan xay dung mo hinh");
        var second = await _user.ExpectCardAsync("Phòng Quản lý khoa học", _user.PersonalChat);
        Assert.Contains("Mục III.1", second.AllText);

        await _user.SendTextAsync("giá vé xem phim tối nay?");
        var third = await _user.ExpectTextAsync("không đề cập", _user.PersonalChat);
        Assert.DoesNotContain("Theo kế hoạch của", third.AllText);
    }

    [Fact]
    public async Task SectionButton_PressedInThePlayground_ShowsTheWholeSection()
    {
        await _user.SendTextAsync("Phú Yên: Văn phòng Sở tổng hợp bản đăng ký xong trước ngày nào?");
        var answer = await _user.ExpectCardAsync("15/3/2024", _user.PersonalChat);

        await _user.SubmitAsync(answer, new { command = "qa.section", plan = PlanId(answer), section = "IV.1" });

        var section = await _user.ExpectCardAsync("• Tổ chức sơ kết phong trào trong tháng 7/2024.", _user.PersonalChat);
        Assert.Contains("Mục IV.1 – Văn phòng Sở", section.AllText);
    }

    /// <summary>The plan id the answer card's section button carries.</summary>
    private static string PlanId(BotMessage answer) => Find(answer.Card!.Value) ?? throw new Xunit.Sdk.XunitException("The answer card has no section button.");

    private static string? Find(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object when node.TryGetProperty("command", out var c) && c.GetString() == "qa.section" => node.GetProperty("plan").GetString(),
        JsonValueKind.Object => node.EnumerateObject().Select(p => Find(p.Value)).FirstOrDefault(v => v is not null),
        JsonValueKind.Array => node.EnumerateArray().Select(Find).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
