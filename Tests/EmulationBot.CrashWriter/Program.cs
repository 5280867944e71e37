using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EmulationBot.Storage;


namespace EmulationBot.CrashWriter;

// Usage: EmulationBot.CrashWriter <folder> <key>...
// Writes ever newer, large values to each key through FileStorage, forever. Before each write it prints
// "begin <key> <seq>", after it "ack <key> <seq>". It continues from the values already stored, so it can be
// killed and started again. Each value says its own sequence number and carries a checksum of its payload.
internal static class CrashWriterProgram
{
    public static async Task Main(string[] args)
    {
        var storage = new FileStorage(args[0]);
        var keys = args[1..];
        var next = new Dictionary<string, long>();
        foreach (var key in keys)
        {
            var current = await storage.ReadAsync(key);
            next[key] = current is null ? 1 : JsonDocument.Parse(current.Content).RootElement.GetProperty("seq").GetInt64() + 1;
        }

        var stdout = Console.Out;
        while (true)
        {
            foreach (var key in keys)
            {
                var seq = next[key]++;
                // 1–3 MB, a different size every time, so that a torn write could never pass for a whole one.
                var payload = new string((char)('a' + seq % 26), 1_000_000 + (int)(seq * 7919 % 2_000_000));
                var check = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
                var value = JsonSerializer.SerializeToUtf8Bytes(new { key, seq, check, payload });
                stdout.WriteLine($"begin {key} {seq}");
                stdout.Flush();
                await storage.WriteAsync(key, value, ETagRule.Any);
                stdout.WriteLine($"ack {key} {seq}");
                stdout.Flush();
            }
        }
    }
}
