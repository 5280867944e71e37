namespace EmulationBot.Dialogs.Prompts;

/// <summary>Typed words on a review card: "xác nhận" / "ok" / "đồng ý" confirm, "sửa" edits, "giữ nguyên" keeps (folded: "xac nhan" works too).</summary>
public static class ReviewWords
{
    public const string Confirm = "confirm";
    public const string Edit = "edit";

    private static readonly string[] ConfirmWords =
        ["xac nhan", "xacnhan", "ok", "oke", "okay", "dong y", "co", "dung", "dung roi", "gui", "gui di", "luu", "nop", "confirm", "yes", "submit", "send", "save"];

    private static readonly string[] EditWords = ["sua", "sua lai", "chinh sua", "thay doi", "edit", "change"];

    /// <summary>"giữ nguyên" and the like: keep the current answer when editing.</summary>
    public static string[] KeepWords { get; } = ["giu nguyen", "giu", "nhu cu", "khong doi", "keep", "same", "unchanged", "keep it"];

    public static bool IsKeep(string? text) => new Text.Utterance(text).IsExactly(KeepWords);

    /// <summary>The phrase → action map a <see cref="CardPrompt"/> takes as its <c>TypedActions</c>.</summary>
    public static Dictionary<string, string> Actions { get; } =
        ConfirmWords.Select(w => (w, Confirm)).Concat(EditWords.Select(w => (w, Edit))).ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);
}
