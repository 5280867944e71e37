using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Finds the question words of a question: the fixed phrases of <see cref="CuePhrases"/>, then those that need
/// their neighbours (<see cref="NeighbourCues"/>), then what the question asks about the plan itself — who issued,
/// signed or received it, when it was issued, where it is filed (<see cref="PlanFactCues"/>).
/// </summary>
public static class CueDetector
{
    public static CueReading Detect(string nfc, IReadOnlyList<Token> tokens, bool[] used)
    {
        var cues = QuestionCue.None;
        var countedAt = -1;
        var asksCount = false;
        // A document that is not the plan: the question is about that document.
        if (DocumentMentions.Find(tokens, used).Count > 0) cues |= QuestionCue.Document;
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
        var neighbours = NeighbourCues.Detect(nfc, tokens, used);
        cues |= neighbours.Cues;
        if (neighbours.CountedAt >= 0 || neighbours.Ordinal is not null)
        {
            countedAt = neighbours.CountedAt;
            asksCount = true;
        }
        // "số lượng khen thưởng do ai đề xuất": "số lượng" is the topic here, not a request for a number.
        if (!asksCount && (cues & OtherQuestions) != 0) cues &= ~QuestionCue.HowMany;
        // "Đắk Nông - các nghị quyết của Tỉnh ủy được nhắc đến?": a plural with no other question word asks for a list.
        if ((cues & ~(QuestionCue.Definition | QuestionCue.Document)) == QuestionCue.None && tokens.Any(t => t.Term == "cac")) cues |= QuestionCue.List;
        DropPlanVerb(tokens, used);
        if ((cues & (QuestionCue.Document | QuestionCue.When)) == (QuestionCue.Document | QuestionCue.When)) DropDocumentVerb(tokens, used);
        if ((cues & QuestionCue.Purpose) != 0) DropPlanAction(tokens, used, anywhere: false);
        if ((cues & QuestionCue.Period) != 0) DropPlanAction(tokens, used, anywhere: true);
        cues = PlanFactCues.Apply(tokens, cues);
        return new CueReading(cues, countedAt, neighbours.Ordinal);
    }

    private const QuestionCue OtherQuestions = QuestionCue.When | QuestionCue.Who | QuestionCue.Where | QuestionCue.Definition
        | QuestionCue.Purpose | QuestionCue.Duty | QuestionCue.List | QuestionCue.How;

    private static readonly string[] PlanVerbs = ["yeu cau", "quy dinh", "de ra", "de nghi", "nhan manh", "neu", "noi"];

    private static readonly HashSet<string> PlanActions = new(StringComparer.Ordinal) { "phat_dong", "trien_khai", "thuc_hien", "to_chuc", "ban_hanh", "xay_dung", "huong_ung", "dien_ra", "ap_dung" };

    private static readonly HashSet<string> PlanNouns = new(StringComparer.Ordinal) { "dot", "phong", "ke", "thi", "cuoc", "kh" };

    /// <summary>
    /// "vì sao phát động đợt thi đua này", "kế hoạch thực hiện trong bao lâu": launching or carrying out the movement
    /// is the plan itself; the purpose or the period asked is the plan's. For a purpose, only before the plan's noun.
    /// </summary>
    private static void DropPlanAction(IReadOnlyList<Token> tokens, bool[] used, bool anywhere)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (used[i] || used[i + 1] || !PlanActions.Contains(Terms.Bigram(tokens[i].Term, tokens[i + 1].Term))) continue;
            if (!anywhere && (i + 2 >= tokens.Count || !PlanNouns.Contains(tokens[i + 2].Term))) continue;
            used[i] = used[i + 1] = true;
            if (i + 2 < tokens.Count && tokens[i + 2].Term == "dot") used[i + 2] = true;
        }
    }

    /// <summary>"KH 461 ban hành ngày nào", "QĐ 118 ký ngày nào": the date asked is the document's, whatever the verb.</summary>
    private static void DropDocumentVerb(IReadOnlyList<Token> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1].Term : "";
            if (tokens[i].Term is "ban" or "phat" && next == "hanh") used[i] = used[i + 1] = true;
            else if (tokens[i].Term == "ky" && next is not ("niem" or "thuat" or "hieu")) used[i] = true;
        }
    }

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
}
