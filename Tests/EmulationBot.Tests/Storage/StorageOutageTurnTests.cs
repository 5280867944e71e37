using System.Text.Json;
using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Storage;

public class StorageOutageTurnTests
{
    private const string BusyVietnamese = "Xin lỗi, hệ thống lưu trữ đang bận";
    private const string BusyEnglish = "Sorry, storage is busy";

    [Fact]
    public async Task StoreDown_TextMessage_PoliteBusyWithRetryOfSameText_ThenRecovers()
    {
        var storage = new OutageStorage(new MemoryStorage());
        var bot = TestBot.Create(storage);
        Assert.Contains("Tôi có thể giúp gì?", (await bot.SendTextAsync("tro giup")).AllText());

        storage.Down = true;
        var busy = Assert.Single(await bot.SendTextAsync("English"));
        Assert.StartsWith(BusyEnglish, busy.Text);
        Assert.DoesNotContain("could not be reached", busy.AllText());
        var retry = Assert.Single(busy.SuggestedActions!.Actions);
        Assert.Equal("English", retry.Value?.GetString());
        Assert.True(storage.FailedCalls > 0);

        storage.Down = false;
        Assert.DoesNotContain(BusyEnglish, (await bot.SendTextAsync(retry.Value!.Value.GetString()!)).AllText());
        bot = await bot.RestartAsync();
        Assert.Contains("How can I help?", (await bot.SendTextAsync("tro giup")).AllText());
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task StoreDown_CardSubmit_RetryCardCarriesTheSameInputs()
    {
        var storage = new OutageStorage(new MemoryStorage());
        await using var bot = TestBot.Create(storage);
        await bot.SendTextAsync("tro giup");
        storage.Down = true;

        // A turn that changes nothing needs no storage at all (the state is cached): it still works.
        Assert.Contains("Tôi có thể giúp gì?", (await bot.SubmitAsync(new { command = "help" })).AllText());
        Assert.Equal(0, storage.FailedCalls);

        var submitted = new { command = "language", language = "vi", note = "Báo cáo quý II — đã nộp" };
        var reply = Assert.Single(await bot.SubmitAsync(submitted));
        Assert.Contains(BusyVietnamese, reply.AllText());
        var action = reply.Card()!.Value.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal(JsonSerializer.Serialize(submitted), action.GetProperty("data").GetRawText());
    }
}
