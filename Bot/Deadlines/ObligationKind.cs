namespace EmulationBot.Deadlines;

/// <summary>What kind of work an obligation asks for, which decides how it gets done and which button acts on it.</summary>
public enum ObligationKind
{
    /// <summary>Register for the movement ("đăng ký thi đua"): done by a registration.</summary>
    Registration,

    /// <summary>A progress, periodic or mid-term report ("báo cáo", "sơ kết").</summary>
    ProgressReport,

    /// <summary>The final report ("báo cáo tổng kết").</summary>
    FinalReport,

    /// <summary>Anything else (build a plan, a model example…): done by reporting on it or marking it done.</summary>
    Task,
}
