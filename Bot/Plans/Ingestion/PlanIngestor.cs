using System.Security.Cryptography;
using System.Text;
using EmulationBot.Plans.Parsing;
using EmulationBot.Text;
using Microsoft.Extensions.Options;

namespace EmulationBot.Plans.Ingestion;

/// <summary>
/// Takes in a plan file (.docx, .md, .txt in UTF-8 with or without BOM) or pasted text and parses it, or says
/// precisely why it cannot: PDF, image, old .doc, other types, empty, too large, unreadable, or not a plan.
/// </summary>
public sealed class PlanIngestor(IOptions<PlanOptions> options)
{
    public PlanIngestResult Ingest(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (content.Length == 0) return PlanIngestResult.Failure(PlanIngestError.Empty, name);
        if (content.Length > options.Value.MaxFileBytes) return PlanIngestResult.Failure(PlanIngestError.TooLarge, name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var kind = PlanFileKinds.Detect(name, content.AsSpan(0, Math.Min(content.Length, 16)));
        SourceDocument document;
        switch (kind)
        {
            case PlanFileKind.Pdf: return PlanIngestResult.Failure(PlanIngestError.Pdf, name, hash);
            case PlanFileKind.Image: return PlanIngestResult.Failure(PlanIngestError.Image, name, hash);
            case PlanFileKind.LegacyWord: return PlanIngestResult.Failure(PlanIngestError.LegacyWord, name, hash);
            case PlanFileKind.Other: return PlanIngestResult.Failure(PlanIngestError.Unsupported, name, hash);
            case PlanFileKind.Docx:
                try { document = DocxReader.Read(content); }
                catch (InvalidDataException) { return PlanIngestResult.Failure(PlanIngestError.Corrupt, name, hash); }
                break;
            default:
                var text = TextDecoding.Decode(content);
                if (text is null) return PlanIngestResult.Failure(PlanIngestError.Encoding, name, hash);
                if (string.IsNullOrWhiteSpace(text)) return PlanIngestResult.Failure(PlanIngestError.Empty, name, hash);
                document = kind == PlanFileKind.Markdown ? MarkdownReader.Read(text) : ReadText(text);
                break;
        }
        return Parse(document, name, hash);
    }

    /// <summary>Plan text pasted into the chat (Markdown is read as Markdown, anything else as plain text).</summary>
    public PlanIngestResult IngestText(string text, string name = "")
    {
        if (string.IsNullOrWhiteSpace(text)) return PlanIngestResult.Failure(PlanIngestError.Empty, name);
        if (text.Length > options.Value.MaxPastedCharacters) return PlanIngestResult.Failure(PlanIngestError.TooLarge, name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return Parse(ReadText(text), name, hash);
    }

    private static SourceDocument ReadText(string text) =>
        LooksLikeMarkdown(text) ? MarkdownReader.Read(text) : PlainTextReader.Read(text);

    private static bool LooksLikeMarkdown(string text) =>
        text.Contains("\n#", StringComparison.Ordinal) || text.StartsWith('#') || text.Contains("**", StringComparison.Ordinal);

    private static PlanIngestResult Parse(SourceDocument document, string name, string hash)
    {
        if (document.Lines.All(l => l.IsBlank)) return PlanIngestResult.Failure(PlanIngestError.Empty, name, hash);
        var parsed = PlanParser.Parse(document);
        return parsed.LooksLikePlan
            ? PlanIngestResult.Success(parsed.Plan, name, hash)
            : PlanIngestResult.Failure(PlanIngestError.NotAPlan, name, hash);
    }
}
