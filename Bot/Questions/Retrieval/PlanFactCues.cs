using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// What a question asks about the plan itself rather than its contents: who receives it ("gửi đến những nơi
/// nào"), who issued or signed it, its number, when it was issued — unless the question is about a document the plan cites
/// ("Chỉ thị 20-CT/TU do cơ quan nào ban hành" asks for the Tỉnh ủy, not for the plan's issuer) — and a unit's
/// tasks asked in English ("what must the office do").
/// </summary>
public static class PlanFactCues
{
    /// <summary>The cues with those about the plan itself added (and the recipients' removed when something else is sent).</summary>
    public static QuestionCue Apply(IReadOnlyList<Token> tokens, QuestionCue cues)
    {
        var found = cues;
        var folded = " " + string.Join(' ', tokens.Select(t => t.Term)) + " ";
        bool Has(string phrase) => folded.Contains(" " + phrase + " ", StringComparison.Ordinal);
        // "kế hoạch số mấy" with no other document named: the plan's own number.
        if (AsksPlanNumber(tokens)) found = found & ~QuestionCue.Document | QuestionCue.PlanNumber;
        var aboutDocument = (found & QuestionCue.Document) != 0;
        if (SentPlan(tokens)) found |= QuestionCue.Recipients;
        if (Deliverables.Any(Has)) found &= ~QuestionCue.Recipients;
        var issuing = Has("ban hanh") || Has("phat hanh") || Has("issued") || Has("issue") || Has("published") || Has("released") || Has("dated")
                      || Has("come out") || Has("came out");
        var signing = Enumerable.Range(0, tokens.Count).Any(i => IsSign(tokens, i)) || Has("signed") || Has("sign");
        // "do sở nào ban hành", "do ai ký": by whom.
        if ((issuing || signing) && ByWhom(tokens)) found |= QuestionCue.Who;
        if (!aboutDocument && issuing && (found & (QuestionCue.Who | QuestionCue.When)) == QuestionCue.Who) found |= QuestionCue.Issuer;
        if (!aboutDocument && (issuing || signing) && (cues & QuestionCue.When) != 0) found |= QuestionCue.Issued;
        if ((cues & QuestionCue.Who) != 0 && signing || Has("nguoi ky") || Has("signed by")) found |= QuestionCue.Signer;
        if (!aboutDocument && (Has("issued by") || Has("who issued"))) found |= QuestionCue.Issuer | QuestionCue.Who;
        if (AsksWhatToDo(tokens)) found |= QuestionCue.Duty;
        return found;
    }

    /// <summary>
    /// "kế hoạch (này) số mấy / số bao nhiêu": the plan's number, unless another body owns that plan ("kế hoạch số
    /// mấy của UBND tỉnh") or the question names a document.
    /// </summary>
    private static bool AsksPlanNumber(IReadOnlyList<Token> tokens)
    {
        if (tokens.Any(t => t.Kind == TokenKind.DocumentNumber)) return false;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Term != "ke" || tokens[i + 1].Term != "hoach") continue;
            var at = i + 2 < tokens.Count && tokens[i + 2].Term == "nay" ? i + 3 : i + 2;
            if (at + 1 >= tokens.Count || tokens[at].Term != "so") continue;
            var asked = tokens[at + 1].Term switch
            {
                "may" or "hieu" => at + 2,
                "bao" when at + 2 < tokens.Count && tokens[at + 2].Term == "nhieu" => at + 3,
                _ => -1,
            };
            if (asked < 0) continue;
            if (asked < tokens.Count && tokens[asked].Term is "cua" or "do") return false;
            return true;
        }
        return false;
    }

    /// <summary>"do … nào / ai" before the verb: the question asks by whom.</summary>
    private static bool ByWhom(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Term != "do") continue;
            if (tokens[i + 1].Term == "ai" || i + 2 < tokens.Count && tokens[i + 2].Term == "nao" || i + 3 < tokens.Count && tokens[i + 3].Term == "nao") return true;
        }
        return false;
    }

    /// <summary>"ký" (sign), folded the same as "kỳ", "kỹ" and "kỷ": not in "kỷ niệm", "kỹ thuật", "định kỳ", "ký hiệu"…</summary>
    private static bool IsSign(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Term == "ky"
        && (i + 1 >= tokens.Count || !NotSignAfter.Contains(tokens[i + 1].Term))
        && (i == 0 || !NotSignBefore.Contains(tokens[i - 1].Term));

    private static readonly HashSet<string> NotSignAfter = new(StringComparer.Ordinal) { "niem", "thuat", "hieu", "hop", "luat", "nang", "vong", "cong" };

    private static readonly HashSet<string> NotSignBefore = new(StringComparer.Ordinal) { "dinh", "thoi", "hoc", "nhiem", "the", "chu", "dang", "ki" };

    /// <summary>"what does the office do?", "what must heads of divisions do?": a unit's tasks.</summary>
    private static bool AsksWhatToDo(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Term != "what") return false;
        var modal = -1;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (modal < 0 && tokens[i].Term is "does" or "do" or "must" or "should" or "will" or "shall" or "did" or "to") modal = i;
            else if (modal > 0 && tokens[i].Term == "do") return true;
        }
        return false;
    }

    /// <summary>Things other than the plan that get sent: asking where they go is not asking for the plan's recipients.</summary>
    private static readonly string[] Deliverables = ["bao cao", "ket qua", "ho so", "dang ky", "danh sach", "sang kien", "de nghi", "report", "reports"];

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
