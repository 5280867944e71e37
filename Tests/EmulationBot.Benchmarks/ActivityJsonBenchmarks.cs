using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EmulationBot.Protocol;

namespace EmulationBot.Benchmarks;

/// <summary>Parsing an inbound Teams message and serialising a reply with a card: the protocol work of every turn.</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private static readonly byte[] Inbound = """
        {"type":"message","id":"1732166400000","timestamp":"2026-11-21T08:00:00.123Z","localTimestamp":"2026-11-21T15:00:00.123+07:00",
         "localTimezone":"Asia/Saigon","serviceUrl":"https://smba.trafficmanager.net/apac/","channelId":"msteams",
         "from":{"id":"29:1a2b3c4d5e6f","name":"Nguyễn Văn An","aadObjectId":"3b1f6a2c-0d4e-4f5a-8b7c-1e2d3f4a5b60"},
         "conversation":{"conversationType":"personal","tenantId":"7d3a5c1e-2b4f-4e8a-9c6d-0f1e2a3b4c5d","id":"a:1xyzPersonalChatId"},
         "recipient":{"id":"28:5f0c2a9e-7b1d-4c3e-8a6f-2d9e0b1c4a7f","name":"Trợ lý thi đua"},"textFormat":"plain","locale":"vi-VN",
         "text":"Hạn gửi kế hoạch của đơn vị là khi nào?","entities":[{"locale":"vi-VN","country":"VN","platform":"Windows","timezone":"Asia/Saigon","type":"clientInfo"}],
         "channelData":{"tenant":{"id":"7d3a5c1e-2b4f-4e8a-9c6d-0f1e2a3b4c5d"}}}
        """u8.ToArray();

    private Activity _reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        var inbound = JsonSerializer.Deserialize(Inbound, ProtocolJson.Wire.Activity)!;
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Đã ghi nhận đăng ký thi đua","wrap":true},{"type":"FactSet","facts":[{"title":"Số đăng ký","value":"DK-261121-G1DM7GE"},{"title":"Danh hiệu","value":"Lao động tiên tiến"}]}]}""").RootElement;
        _reply = inbound.ApplyReplyAddress(new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] });
    }

    [Benchmark]
    public Activity? Parse() => JsonSerializer.Deserialize(Inbound, ProtocolJson.Wire.Activity);

    [Benchmark]
    public byte[] SerialiseReply() => JsonSerializer.SerializeToUtf8Bytes(_reply, ProtocolJson.Wire.Activity);
}
