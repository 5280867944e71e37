using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using EmulationBot.Conversation;
using EmulationBot.Localization;

namespace EmulationBot.Benchmarks;

/// <summary>Filling card templates as the bot does on most turns: a choice prompt, and the help card built from every feature.</summary>
[MemoryDiagnoser]
public class CardBindingBenchmarks
{
    private readonly CardFactory _cards = new(new Strings());

    [Benchmark]
    public JsonElement ChoicePrompt() => _cards.Bind("prompt-choice", Language.Vietnamese, new JsonObject
    {
        ["question"] = "Bạn đăng ký danh hiệu nào?",
        ["dialog"] = "register",
        ["card"] = 3,
        ["choices"] = new JsonArray(
            new JsonObject { ["value"] = "lao-dong-tien-tien", ["title"] = "Lao động tiên tiến" },
            new JsonObject { ["value"] = "chien-si-thi-dua-co-so", ["title"] = "Chiến sĩ thi đua cơ sở" },
            new JsonObject { ["value"] = "chien-si-thi-dua-cap-tinh", ["title"] = "Chiến sĩ thi đua cấp tỉnh" }),
    });

    [Benchmark]
    public JsonElement Welcome() => _cards.Bind("welcome", Language.Vietnamese, new JsonObject
    {
        ["greeting"] = "Xin chào An!",
        ["group"] = false,
        ["topics"] = new JsonArray(new JsonObject { ["command"] = "register", ["title"] = "Đăng ký thi đua" }),
        ["otherLanguage"] = new JsonObject { ["title"] = "English", ["language"] = "en" },
    });
}
