using EmulationBot.Localization;
using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Answering;

/// <summary>Lays out a <see cref="PlanAnswer"/> in the user's language (plan quotes stay as written).</summary>
public sealed class AnswerPresenter(Strings strings)
{
    public const string SectionCommand = "qa.section";
    public const string AskCommand = "qa.ask";

    public AnswerView Present(PlanAnswer answer, string question) => answer.Kind switch
    {
        AnswerKind.Answered => Answered(answer, question),
        AnswerKind.NotFound => NotFound(answer),
        _ => new AnswerView { Header = Text(answer, "questions.noPlans") },
    };

    private AnswerView Answered(PlanAnswer answer, string question)
    {
        var plan = answer.Plan!;
        var section = answer.Section!;
        var buttons = new List<AnswerButton>
        {
            new(Text(answer, "questions.answer.openSection", Citation.Label(section, answer.Language)), SectionCommand, plan.Id, section.Id),
        };
        buttons.AddRange(answer.OtherPlans.Select(p => new AnswerButton(Text(answer, "questions.answer.askIn", p.Province ?? p.Name), AskCommand, p.Id, Question: question)));
        return new AnswerView
        {
            Header = Text(answer, answer.FromCurrentPlan ? "questions.answer.headerCurrent" : "questions.answer.header", plan.Name),
            Lead = answer.Lead ?? Deadline(answer),
            Quote = answer.Quote,
            Source = Text(answer, "questions.answer.source", Citation.Of(section, answer.Language), plan.Name),
            Also = answer.AlsoFrom.Select(a => new AnswerPart(
                Text(answer, "questions.answer.header", a.Plan.Name), a.Quote, Text(answer, "questions.answer.source", Citation.Of(a.Section, answer.Language), a.Plan.Name))).ToList(),
            Note = answer.OtherPlans.Count > 0 ? Text(answer, "questions.answer.others") : null,
            Buttons = buttons,
        };
    }

    /// <summary>"Thời hạn: **30/05/2022** – Văn phòng Sở" when the quote states one of the plan's obligations.</summary>
    private string? Deadline(PlanAnswer answer) => answer.Deadline switch
    {
        null => null,
        { } due when answer.Responsible is { } who => Text(answer, "questions.answer.deadlineWho", due, who),
        { } due => Text(answer, "questions.answer.deadline", due),
    };

    private AnswerView NotFound(PlanAnswer answer)
    {
        var name = answer.Plan?.Name ?? "";
        var key = answer.Missing switch
        {
            MissingDetail.Date => "questions.notFound.date",
            MissingDetail.Number => "questions.notFound.number",
            _ when answer.Plan is null || answer.SearchedAll => "questions.notFound.all",
            _ => "questions.notFound.one",
        };
        var buttons = answer.Plan is { } plan
            ? answer.Closest.Select(s => new AnswerButton(Citation.Of(s, answer.Language), SectionCommand, plan.Id, s.Id)).ToList()
            : [];
        return new AnswerView
        {
            Header = Text(answer, key, name),
            Note = buttons.Count > 0 ? Text(answer, "questions.notFound.closest", name) : null,
            Buttons = buttons,
        };
    }

    private string Text(PlanAnswer answer, string key, params object?[] args) => strings.Get(answer.Language, key, args);
}
