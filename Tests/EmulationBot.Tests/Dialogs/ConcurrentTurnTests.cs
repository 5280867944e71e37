using EmulationBot.Storage;
using EmulationBot.Tests.Support;

namespace EmulationBot.Tests.Dialogs;

public class ConcurrentTurnTests
{
    [Fact]
    public async Task TwoTurnsOfOneConversationAtOnce_RunOneAfterTheOther_NeitherIsLost()
    {
        var storage = new GatedStorage(new MemoryStorage());
        await using var bot = DialogTestBot.Create(storage);
        await bot.SendTextAsync("survey");

        storage.Close();
        var first = bot.ProcessAsync(TestUser.Default.Message("1"));     // held at its state write
        var second = bot.ProcessAsync(TestUser.Default.Message("ghi chú song song"));
        Assert.False(first.IsCompleted || second.IsCompleted);
        storage.Open();
        await Task.WhenAll(first, second);

        Assert.Contains("Lưu individual – ghi chú song song", (await second).Replies.AllText());
        Assert.Single(await DialogRunnerTests.UserDialogs(bot));
    }

    [Fact]
    public async Task TurnsOfOneUserOnTwoInstances_SeeEachOthersState_ThroughETagConflicts()
    {
        var storage = new CountingStorage(new MemoryStorage());
        await using var a = DialogTestBot.Create(storage);
        await using var b = DialogTestBot.Create(storage);

        Assert.Contains("Bạn tham gia với tư cách nào?", (await a.SendTextAsync("survey")).AllText());
        // b has never seen the user: its optimistic create fails, it reads the state and runs the turn again.
        Assert.Contains("Ghi chú của bạn?", (await b.SendTextAsync("2")).AllText());
        // a's cached copy is now stale: its conditional write fails, it reloads and runs the turn again.
        var replies = await a.SendTextAsync("chia sẻ qua hai máy");
        Assert.Contains("Lưu collective – chia sẻ qua hai máy", replies.AllText());
        Assert.Single(replies); // the first attempt's replies were dropped, not sent twice
        Assert.Contains("SAVED collective chia sẻ qua hai máy", (await b.SendTextAsync("có")).AllText());
    }

    /// <summary>Holds every write while closed, so that two turns are provably in flight at once.</summary>
    private sealed class GatedStorage(IStorage inner) : IStorage
    {
        private TaskCompletionSource _gate = CompletedGate();

        public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _gate.TrySetResult();

        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, string? eTag, CancellationToken cancellationToken = default)
        {
            await _gate.Task;
            return await inner.WriteAsync(key, content, eTag, cancellationToken);
        }

        public Task<bool> DeleteAsync(string key, string? eTag = "*", CancellationToken cancellationToken = default) => inner.DeleteAsync(key, eTag, cancellationToken);

        public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

        private static TaskCompletionSource CompletedGate()
        {
            var gate = new TaskCompletionSource();
            gate.SetResult();
            return gate;
        }
    }
}
