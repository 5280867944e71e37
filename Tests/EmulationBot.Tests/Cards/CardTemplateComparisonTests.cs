using System.Text.Json.Nodes;
using EmulationBot.Cards;

namespace EmulationBot.Tests.Cards;

public class CardTemplateComparisonTests
{
    [Theory]
    [InlineData("[1, 2]", "yes")]
    [InlineData("[]", "no")]
    public void Bind_CountComparedWithANumber_ChoosesTheBranch(string items, string expected)
    {
        var template = CardTemplate.Parse("t", """{"body":[{"text":"yes","$when":"${count(items) > 0}"},{"text":"no","$when":"${count(items) <= 0}"}]}""");

        var card = template.Bind(new JsonObject { ["items"] = JsonNode.Parse(items) });

        Assert.Equal(expected, card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Bind_IntDataComparedWithParsedNumber_Works()
    {
        var template = CardTemplate.Parse("t", """{"body":[{"text":"many","$when":"${n >= 2.5}"}]}""");

        Assert.Equal(1, template.Bind(new JsonObject { ["n"] = 3 }).GetProperty("body").GetArrayLength());
        Assert.Equal(0, template.Bind(new JsonObject { ["n"] = 2 }).GetProperty("body").GetArrayLength());
    }
}
