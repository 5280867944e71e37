namespace EmulationBot.Questions.Corpus;

/// <summary>How precise a date is, from the finest: a day, a month, a quarter, a year.</summary>
public enum QaDatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}
