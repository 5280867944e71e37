using EmulationBot.Questions.Text;
using EmulationBot.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Finds the question words of a question (see <see cref="CuePhrases"/>), plus the ones that need their
/// neighbours: "hạn" (but not "hạn chế"), "mấy" (only with its diacritics: folded it is also "máy"), "những … nào",
/// and who issued or signed the plan.
/// </summary>
public static class CueDetector
{
    /// <param name="countedAt">Set to the index of the token after "bao nhiêu" / "mấy" / "how many" (the thing counted), else -1.</param>
    public static QuestionCue Detect(string nfc, IReadOnlyList<Token> tokens, bool[] used, out int countedAt)
    {
        var cues = QuestionCue.None;
        countedAt = -1;
        var asksCount = false;
        foreach (var (words, cue, drop) in CuePhrases.All)
        {
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (!PlanAliases.Matches(tokens, used, i, words)) continue;
                cues |= cue;
                if (cue == QuestionCue.HowMany && drop)
                {
                    countedAt = i + words.Length;
                    asksCount = true;
                }
                if (drop) for (var k = 0; k < words.Length; k++) used[i + k] = true;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Term : null;
            if (used[i]) continue;
            if (term == "han" && next is not ("che" or "quoc"))
            {
                cues |= QuestionCue.When;
                used[i] = true;
            }
            else if (term == "may" && IsMay(nfc, tokens, i))
            {
                cues |= QuestionCue.HowMany;
                used[i] = true;
                countedAt = i + 1;
                asksCount = true;
            }
            else if (term == "nhung" && Array.FindIndex(tokens.ToArray(), i + 1, t => t.Term == "nao") is var nao and > 0 && nao - i <= 4)
            {
                cues |= QuestionCue.List;
                used[i] = true;
                used[nao] = true;
            }
        }
        // "số lượng khen thưởng do ai đề xuất": "số lượng" is the topic here, not a request for a number.
        if (!asksCount && (cues & OtherQuestions) != 0) cues &= ~QuestionCue.HowMany;
        DropPlanVerb(tokens, used);
        var folded = " " + string.Join(' ', tokens.Select(t => t.Term)) + " ";
        if (SentPlan(tokens)) cues |= QuestionCue.Recipients;
        if (Deliverables.Any(d => folded.Contains(d, StringComparison.Ordinal))) cues &= ~QuestionCue.Recipients;
        if (folded.Contains(" ban hanh ", StringComparison.Ordinal) && (cues & (QuestionCue.Who | QuestionCue.When | QuestionCue.Document)) == QuestionCue.Who)
        {
            cues |= QuestionCue.Issuer;
        }
        if ((cues & QuestionCue.Who) != 0 && (folded.Contains(" ky ", StringComparison.Ordinal) || folded.Contains(" signed ", StringComparison.Ordinal)))
        {
            cues |= QuestionCue.Signer;
        }
        // "what does the office do?": a unit's tasks.
        if (tokens.Count > 2 && tokens[0].Term == "what" && tokens.Skip(1).SkipWhile(t => t.Term != "does").Skip(2).Any(t => t.Term == "do")) cues |= QuestionCue.Duty;
        if (folded.Contains(" nguoi ky ", StringComparison.Ordinal) || folded.Contains(" signed by ", StringComparison.Ordinal)) cues |= QuestionCue.Signer;
        if (folded.Contains(" issued by ", StringComparison.Ordinal) || folded.Contains(" who issued ", StringComparison.Ordinal)) cues |= QuestionCue.Issuer | QuestionCue.Who;
        return cues;
    }

    /// <summary>"mấy" (how many), not "máy" (machine): as typed with diacritics, or without them when a noun follows that is not a machine's.</summary>
    private static bool IsMay(string nfc, IReadOnlyList<Token> tokens, int i)
    {
        if (nfc.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).Equals("mấy", StringComparison.OrdinalIgnoreCase)) return true;
        return !VietnameseText.HasVietnameseLetters(nfc) && i + 1 < tokens.Count && !Machines.Contains(tokens[i + 1].Term);
    }

    private static readonly HashSet<string> Machines = new(StringComparer.Ordinal) { "tinh", "moc", "in", "bay", "chu", "phat", "lanh", "dieu", "anh", "quay", "chieu", "chay", "hat", "giat", "xuc", "cay" };

    private const QuestionCue OtherQuestions = QuestionCue.When | QuestionCue.Who | QuestionCue.Where | QuestionCue.Definition
        | QuestionCue.Purpose | QuestionCue.Duty | QuestionCue.List | QuestionCue.How;

    /// <summary>Things other than the plan that get sent: asking where they go is not asking for the plan's recipients.</summary>
    private static readonly string[] Deliverables = [" bao cao ", " ket qua ", " ho so ", " dang ky ", " danh sach ", " sang kien ", " de nghi ", " report ", " reports "];

    private static readonly string[] PlanVerbs = ["yeu cau", "quy dinh", "de ra", "neu", "noi"];

    /// <summary>"kế hoạch yêu cầu tránh bệnh gì": the plan's own verb frames the question; the topic is what follows.</summary>
    private static void DropPlanVerb(IReadOnlyList<Token> tokens, bool[] used)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Term != "ke" || tokens[i + 1].Term != "hoach") continue;
            var at = i + 2;
            while (at < tokens.Count && used[at]) at++; // "kế hoạch Đắk Nông yêu cầu …": the plan's name in between
            foreach (var verb in PlanVerbs.Select(v => v.Split(' ')))
            {
                var after = at + verb.Length;
                if (after + 2 > tokens.Count || !PlanAliases.Matches(tokens, used, at, verb)) continue;
                if (Enumerable.Range(after, tokens.Count - after).Count(k => !used[k] && !StopWords.Contains(tokens[k].Term)) < 2) continue;
                for (var k = at; k < after; k++) used[k] = true;
            }
        }
    }

    /// <summary>"(kế hoạch này) gửi đến / cho những nơi nào": the plan's recipients.</summary>
    private static bool SentPlan(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Term is not ("gui" or "phat")) continue;
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 6); k++)
            {
                if (tokens[k].Term is not ("den" or "cho" or "toi")) continue;
                var rest = string.Join(' ', tokens.Skip(k + 1).Take(4).Select(t => t.Term));
                if (Destinations.Any(d => rest.StartsWith(d, StringComparison.Ordinal))) return true;
            }
        }
        return false;
    }

    private static readonly string[] Destinations = ["nhung noi", "noi nao", "nhung ai", "ai", "dau", "nhung dau", "co quan nao", "nhung co quan", "don vi nao", "nhung don vi", "cac noi", "cac co quan"];
}
