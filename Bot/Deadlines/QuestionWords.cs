using EmulationBot.Text;

namespace EmulationBot.Deadlines;

/// <summary>
/// Tells a question about what a plan says ("hạn đăng ký là khi nào?", "nộp báo cáo cho ai?") from a request to do
/// something ("đăng ký", "nộp báo cáo"), so that the flow commands leave questions to the plan Q&amp;A.
/// </summary>
public static class QuestionWords
{
    private static readonly string[] Words =
    [
        "khi nao", "bao gio", "ngay nao", "thang nao", "la gi", "the nao", "nhu the nao", "lam sao", "o dau", "tai sao", "vi sao",
        "co phai", "bao nhieu", "nhung gi", "gom nhung", "co can", "can gi", "cho ai", "ai phai", "what", "when", "how", "why", "where", "which", "who",
    ];

    /// <summary>True for a question: a question word, or a question mark after more than a command's own words.</summary>
    public static bool IsQuestion(Utterance utterance, string[] commandPhrases) =>
        Words.Any(utterance.Contains) || (utterance.Original.EndsWith('?') && !utterance.IsExactly(commandPhrases));
}
