using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationBot.Cards;

namespace EmulationBot.Tests.Cards;

public class CardTemplateTests
{
    private static JsonElement Bind(string template, string data, JsonObject? shared = null) =>
        CardTemplate.Parse("test", template).Bind(JsonNode.Parse(data), shared);

    [Fact]
    public void Bind_StringExpressions_AreFilledAndKeepTheirType()
    {
        var card = Bind("""{"a":"Xin chào ${name}!","n":"${count}","b":"${ok}","list":"${items}"}""", """{"name":"An","count":3,"ok":true,"items":[1,2]}""");
        Assert.Equal("Xin chào An!", card.GetProperty("a").GetString());
        Assert.Equal(3, card.GetProperty("n").GetInt32());
        Assert.True(card.GetProperty("b").GetBoolean());
        Assert.Equal(JsonValueKind.Array, card.GetProperty("list").ValueKind);
    }

    [Theory]
    [InlineData("\"}], \"actions\": [{\"type\":\"Action.OpenUrl\"")]
    [InlineData("${secret}")]
    [InlineData("line1\nline2 \\ \"quoted\" {braces}")]
    public void Bind_UserText_CannotBreakOrInjectIntoTheCard(string userText)
    {
        var data = new JsonObject { ["text"] = userText, ["secret"] = "LEAKED" };
        var card = CardTemplate.Parse("test", """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Bạn viết: ${text}"}]}""").Bind(data);
        var body = card.GetProperty("body");
        Assert.Equal(1, body.GetArrayLength());
        Assert.Equal("Bạn viết: " + userText, body[0].GetProperty("text").GetString());
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.DoesNotContain("LEAKED", card.GetRawText());
    }

    [Fact]
    public void Bind_DataArray_RepeatsTheElementWithRootAndIndex()
    {
        var card = Bind("""{"body":[{"$data":"${people}","text":"${$index}. ${name} (${$root.unit})"}]}""", """{"unit":"VP","people":[{"name":"An"},{"name":"Bình"}]}""");
        Assert.Equal(["0. An (VP)", "1. Bình (VP)"], card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("""{"show":true}""", 1)]
    [InlineData("""{"show":false}""", 0)]
    [InlineData("""{}""", 0)]
    [InlineData("""{"show":"x","n":2}""", 1)]
    public void Bind_When_DropsElementsWhoseConditionIsFalse(string data, int expected)
    {
        var card = Bind("""{"body":[{"$when":"${show && count(items) == 0 || n > 1}","text":"t"}]}""", data.Replace("}", ",\"items\":[]}", StringComparison.Ordinal).Replace("{,", "{", StringComparison.Ordinal));
        Assert.Equal(expected, card.GetProperty("body").GetArrayLength());
    }

    [Fact]
    public void Bind_MissingValue_DropsTheOptionalProperty()
    {
        var card = Bind("""{"type":"Input.Text","id":"x","value":"${missing}"}""", "{}");
        Assert.False(card.TryGetProperty("value", out _));
    }

    [Fact]
    public void Bind_SharedValues_AreFoundFromTheRootAndInsideRepeats_AndNeverChanged()
    {
        var shared = new JsonObject { ["t"] = new JsonObject { ["hello"] = "Xin chào" } };
        var template = """{"a":"${t.hello}","rows":[{"$data":"${rows}","b":"${$root.t.hello} ${name}"}]}""";
        var card = Bind(template, """{"rows":[{"name":"An"}]}""", shared);
        Assert.Equal("Xin chào", card.GetProperty("a").GetString());
        Assert.Equal("Xin chào An", card.GetProperty("rows")[0].GetProperty("b").GetString());
        Assert.Equal("""{"t":{"hello":"Xin chào"}}""", shared.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("Chào", Bind(template, """{"t":{"hello":"Chào"},"rows":[]}""", shared).GetProperty("a").GetString());
    }

    [Fact]
    public void Bind_MalformedExpression_IsReportedAsATemplateBug()
    {
        Assert.Throws<FormatException>(() => Bind("""{"a":"${name ==}"}""", "{}"));
    }
}
