using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EmulationBot.Storage;

namespace EmulationBot.Tests.Storage;

public sealed class FileStorageCrashTests : IDisposable
{
    private static readonly string[] Keys = ["users/msteams/29:1a|b@c;d", "conversations/msteams/19:abc@thread.tacv2", "plans/kế hoạch thi đua 2025"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ebcrash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KillNineMidWrite_EveryKeyReadsBackAsACompleteAcknowledgedOrNewerValue()
    {
        var acked = Keys.ToDictionary(k => k, _ => 0L);
        var killsMidWrite = 0;
        for (var round = 0; round < 30 && (round < 3 || killsMidWrite == 0); round++)
        {
            var (lastAcks, inFlight) = await RunWriterAndKillAsync(writesBeforeKill: 2 + round % 5);
            foreach (var (key, seq) in lastAcks) acked[key] = Math.Max(acked[key], seq);
            if (Directory.EnumerateFiles(_folder, "*.tmp-*", SearchOption.AllDirectories).Any()) killsMidWrite++;

            var storage = new FileStorage(_folder);
            foreach (var key in Keys)
            {
                var item = await storage.ReadAsync(key);
                if (acked[key] == 0 && item is null) continue;
                Assert.NotNull(item);
                var seq = CompleteValueSeq(key, item.Content);
                // Acknowledged writes are never lost; only the one in flight at the kill may or may not have landed.
                Assert.InRange(seq, acked[key], inFlight == (key, seq) ? seq : acked[key]);
            }
            Assert.Equal(Keys.Where(k => acked[k] > 0).Order(StringComparer.Ordinal), await storage.ListAsync("").ToListAsync());
        }
        // The kill really landed inside writes (their temp files were left behind), not only between them.
        Assert.True(killsMidWrite > 0);
    }

    private async Task<(Dictionary<string, long> LastAcks, (string Key, long Seq)? InFlight)> RunWriterAndKillAsync(int writesBeforeKill)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EmulationBot.CrashWriter.dll"));
        info.ArgumentList.Add(_folder);
        foreach (var key in Keys) info.ArgumentList.Add(key);
        using var writer = Process.Start(info)!;
        var lastAcks = new Dictionary<string, long>();
        (string Key, long Seq)? inFlight = null;
        var acks = 0;
        try
        {
            // The writer runs ahead of our reading; lines still in the pipe after the kill are read too, so that
            // every "ack" it printed counts, and a final "begin" without its "ack" is the write cut short.
            while (await writer.StandardOutput.ReadLineAsync() is { } line)
            {
                // "begin <key> <seq>" / "ack <key> <seq>"; keys contain spaces, so the seq is the last word.
                var first = line.IndexOf(' ');
                var last = line.LastIndexOf(' ');
                var (kind, key, seq) = (line[..first], line[(first + 1)..last], long.Parse(line[(last + 1)..]));
                if (kind == "ack")
                {
                    lastAcks[key] = seq;
                    inFlight = null;
                    acks++;
                }
                else
                {
                    inFlight = (key, seq);
                    if (acks >= writesBeforeKill && !writer.HasExited) writer.Kill(); // SIGKILL
                }
            }
            Assert.True(acks >= writesBeforeKill, "the writer stopped early: " + await writer.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!writer.HasExited) writer.Kill();
            await writer.WaitForExitAsync();
        }
        return (lastAcks, inFlight);
    }

    private static long CompleteValueSeq(string key, ReadOnlyMemory<byte> content)
    {
        var value = JsonDocument.Parse(content).RootElement;
        Assert.Equal(key, value.GetProperty("key").GetString());
        var payload = value.GetProperty("payload").GetString()!;
        Assert.Equal(value.GetProperty("check").GetString(), Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload))));
        return value.GetProperty("seq").GetInt64();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
