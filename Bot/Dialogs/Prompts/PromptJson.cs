using System.Text.Json;

namespace EmulationBot.Dialogs.Prompts;

/// <summary>Serialiser settings of saved prompts (the same as every stored document).</summary>
internal static class PromptJson
{
    public static JsonSerializerOptions Options => Storage.StorageJson.Options;
}
