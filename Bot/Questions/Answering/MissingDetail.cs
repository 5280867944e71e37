namespace EmulationBot.Questions.Answering;

/// <summary>What a "the plan does not say" is missing when the plan covers the topic: a date, a number, or the topic itself.</summary>
public enum MissingDetail
{
    None,
    Date,
    Number,
}
