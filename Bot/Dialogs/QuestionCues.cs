using EmulationBot.Text;

namespace EmulationBot.Dialogs;

/// <summary>Whether a message in the middle of a dialog is a question about the plan rather than an answer.</summary>
public static class QuestionCues
{
    private static readonly string[] Cues =
    [
        "khi nao", "bao gio", "bao nhieu", "la gi", "the nao", "nhu the nao", "o dau", "tai sao", "vi sao", "co phai",
        "ai", "don vi nao", "phong nao", "han", "ngay nao", "thang nao", "nhu nao", "gom nhung", "nhung gi", "co can",
        "what", "when", "who", "how", "why", "which", "where", "deadline",
    ];

    /// <summary>True when the message ends with "?" or contains a question word.</summary>
    public static bool LooksLikeQuestion(Utterance utterance) =>
        utterance.Original.EndsWith('?') || Cues.Any(utterance.Contains);

    /// <summary>Stricter, for free-text questions where any text is a valid answer: a question mark and a question word.</summary>
    public static bool IsClearlyQuestion(Utterance utterance) =>
        utterance.Original.EndsWith('?') && Cues.Any(utterance.Contains);
}
