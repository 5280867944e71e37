namespace EmulationBot.Plans.Dates;

/// <summary>How much of a date a plan states: "30/5/2022" is a day, "tháng 10/2022" a month, "quý III/2025" a quarter.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}
