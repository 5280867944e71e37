namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// The question words of Vietnamese (folded, so with or without diacritics) and English, the cue each one
/// gives, and whether it is only a question word (dropped from the search) or also a word of the plans.
/// </summary>
internal static class CuePhrases
{
    public static readonly (string[] Words, QuestionCue Cue, bool Drop)[] All = Build(
    [
        ("khi nao|bao gio|luc nao|thoi diem nao|thoi gian nao|ngay nao|ngay may|thang nao|thang may|nam nao|hom nao|dip nao|han chot|han cuoi|den bao gio|truoc ngay nao|moc thoi gian|moc nao|moc|thoi diem", QuestionCue.When, true),
        // "tính từ thời điểm nào", "since when": the start of the movement's period.
        ("tu bao gio|tu khi nao|tu luc nao|tu thoi diem nao|tu ngay nao|tinh tu|bat dau tu|since when|from when|starting when|starting from", QuestionCue.When | QuestionCue.Period, true),
        ("bao lau|trong bao lau|keo dai bao lau|how long|for how long", QuestionCue.When | QuestionCue.Period, true),
        // "bao lâu một lần", "how often": a frequency ("hằng quý", "định kỳ"), not a date or a length of time.
        ("bao lau mot lan|bao lau 1 lan|bao lau thi mot lan|dinh ky bao lau|how often|how frequently", QuestionCue.How, true),
        ("when|deadline|deadlines|due|what date|which date|what time|by when|how long|what day|which month|what month", QuestionCue.When, true),
        ("thoi han|thoi gian|truoc ngay|cham nhat", QuestionCue.When, false),
        ("ai|don vi nao|bo phan nao|co quan nao|phong nao|to chuc nao|ca nhan nao|nguoi nao|ben nao|cap nao|thanh phan nao", QuestionCue.Who, true),
        ("who|whom|which unit|which units|which office|which department|which agency|which body", QuestionCue.Who, true),
        ("chu tri|phu trach|chiu trach nhiem|responsible|in charge", QuestionCue.Who, false),
        ("ai chiu trach nhiem|ai phu trach|ai chu tri|nao chiu trach nhiem|nao phu trach|nao chu tri|who is responsible for|who is in charge of", QuestionCue.Who, true),
        ("su kien gi|su kien nao|dip gi|what event|which event", QuestionCue.Definition, true),
        ("bao nhieu|how many|how much|so luong bao nhieu", QuestionCue.HowMany, true),
        ("so luong|it nhat|toi thieu|toi da|number of", QuestionCue.HowMany, false),
        ("la gi|nghia la gi|co nghia la gi|noi dung gi|ve noi dung gi|the nao la|what is|what are|what s|what was|what were|what does", QuestionCue.Definition, true),
        ("noi nhan|gui den nhung noi nao|gui den nhung dau|gui den dau|gui toi dau|gui cho ai|gui cho nhung ai|gui nhung noi nao|gui nhung dau|gui nhung ai|gui den nhung ai|gui den ai|recipients|recipient|sent to|distributed to|who receives", QuestionCue.Recipients, true),
        ("de lam gi|nham gi|nham muc dich gi|tai sao|vi sao|why|for what|what for", QuestionCue.Purpose, true),
        ("muc dich|nham|purpose|purposes|aim|aims|objective|objectives|goal|goals", QuestionCue.Purpose, false),
        ("nhung gi|gom nhung gi|bao gom nhung gi|gom nhung|bao gom|liet ke|nhung nao|cac nao", QuestionCue.List, true),
        ("ke hoach nao", QuestionCue.Document, true),
        ("which decision|which decisions|which resolution|which resolutions|which directive|which directives|which document|which documents|which conclusion", QuestionCue.Document, false),
        ("ky niem|thanh lap|ra doi|anniversary|founding|founded|established", QuestionCue.Anniversary, false),
        ("ten day du|ten goi|ten chinh thuc|full name|name of the movement", QuestionCue.Theme, true),
        ("ten phong trao|chu de|theme", QuestionCue.Theme, false),
        ("so hieu|so ky hieu|ky hieu|so van ban|so ke hoach", QuestionCue.PlanNumber, false),
        ("document symbol|document number|reference number|plan number|symbol", QuestionCue.PlanNumber, true),
        ("dia chi|duong dan|url|link|e mail|email|web address", QuestionCue.Address, false),
        ("archive|archived|stored|filed|kept on file", QuestionCue.Archive, false),
        ("so may|so bao nhieu|so hieu nao", QuestionCue.Document, true),
        ("keo dai|thoi gian|bat dau|ket thuc|period|duration|how long|last", QuestionCue.Period, false),
        ("nhac den|nhac toi|duoc nhac|duoc nhac den|duoc nhac toi|de cap|de cap den|de cap toi|noi den|noi ve|co noi|co nhac|van de gi|can cu nao|dua theo|dua vao|mentioned|mention|say about|says about|talk about", QuestionCue.None, true),
        ("o dau|tai dau|ve dau|noi nao|where|where to", QuestionCue.Where, true),
        ("nhiem vu cua|trach nhiem cua|vai tro cua|nhung nhiem vu|cac nhiem vu", QuestionCue.Duty, false),
        ("vai tro gi|vai tro the nao|vai tro|nhiem vu gi|trach nhiem gi|lam gi|lam nhung gi|phai lam gi|lam nhung viec gi|nhung viec gi|viec gi|co nhiem vu gi|phu trach gi|phai lam nhung gi|role|duties|tasks|responsibilities", QuestionCue.Duty, true),
        ("duoc giao|duoc phan cong|giao cho|phan cong cho|assigned|tasked", QuestionCue.None, true),
        ("co yeu cau|yeu cau gi ve|quy dinh gi ve|co quy dinh|co noi gi ve|noi gi ve|say anything about|require", QuestionCue.None, true),
        ("nhu the nao|the nao|ra sao|bang cach nao|cach nao|lam sao|how", QuestionCue.How, true),
        ("chinh thuc|cho toi hoi|cho hoi|xin hoi|toi muon hoi|toi muon biet|vui long cho biet|cho biet|xin cho biet|ban oi|a|nhe|vay|the|khong|co phai|phai khong|co khong|please|tell me|can you|could you|do you know|does the plan say|according to", QuestionCue.None, true),
    ]);

    private static (string[], QuestionCue, bool)[] Build((string Phrases, QuestionCue Cue, bool Drop)[] rows) =>
        rows.SelectMany(r => r.Phrases.Split('|').Select(p => (p.Split(' '), r.Cue, r.Drop)))
            .OrderByDescending(r => r.Item1.Length)
            .ToArray();
}
