using EmulationBot.Text;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>Ways to say "nothing to add" to an optional question.</summary>
internal static class SkipWords
{
    private static readonly string[] Words = ["bo qua", "skip", "khong co", "khong", "ko", "none", "no", "chua co", "khong can"];

    public static bool IsSkip(Utterance utterance) => utterance.IsExactly(Words);
}
