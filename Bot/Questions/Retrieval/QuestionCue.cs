namespace EmulationBot.Questions.Retrieval;

/// <summary>What kind of answer a question asks for, read from its question words; several can hold at once.</summary>
[Flags]
public enum QuestionCue
{
    None = 0,

    /// <summary>"khi nào", "bao giờ", "hạn", "ngày nào", "when", "deadline": a passage with a date of the plan.</summary>
    When = 1 << 0,

    /// <summary>"ai", "đơn vị nào", "bộ phận nào", "cơ quan nào", "who": a passage naming a unit.</summary>
    Who = 1 << 1,

    /// <summary>"bao nhiêu", "mấy", "how many": a passage with a count.</summary>
    HowMany = 1 << 2,

    /// <summary>"là gì", "nội dung gì", "what is".</summary>
    Definition = 1 << 3,

    /// <summary>"gửi đến những nơi nào", "nơi nhận": the plan's recipients.</summary>
    Recipients = 1 << 4,

    /// <summary>"mục đích", "nhằm", "để làm gì", "why".</summary>
    Purpose = 1 << 5,

    /// <summary>"những … nào", "gồm những gì": several items, so a whole sentence rather than a clause.</summary>
    List = 1 << 6,

    /// <summary>A document number, or "văn bản / nghị quyết / quyết định nào": the dates of cited documents are fair answers.</summary>
    Document = 1 << 7,

    /// <summary>"kỷ niệm", "thành lập", "anniversary": anniversary dates are fair answers.</summary>
    Anniversary = 1 << 8,

    /// <summary>Who issued the plan.</summary>
    Issuer = 1 << 9,

    /// <summary>The movement's theme or full name.</summary>
    Theme = 1 << 10,

    /// <summary>Who signed the plan.</summary>
    Signer = 1 << 11,

    /// <summary>The plan's own number.</summary>
    PlanNumber = 1 << 12,

    /// <summary>"ở đâu", "về đâu", "where".</summary>
    Where = 1 << 13,

    /// <summary>"như thế nào", "bằng cách nào", "how".</summary>
    How = 1 << 14,

    /// <summary>"kéo dài", "thời gian", "bắt đầu", "kết thúc": how long the movement runs.</summary>
    Period = 1 << 15,

    /// <summary>"vai trò gì", "làm những việc gì", "nhiệm vụ gì": a unit's tasks, so its whole section.</summary>
    Duty = 1 << 16,

    /// <summary>"ban hành / ký khi nào" about the plan itself: its issue date.</summary>
    Issued = 1 << 17,

    /// <summary>"lưu ở đâu": where the plan is filed ("Lưu: VT, VP").</summary>
    Archive = 1 << 18,

    /// <summary>"địa chỉ", "đường dẫn", "email": a web or e-mail address.</summary>
    Address = 1 << 19,
}
