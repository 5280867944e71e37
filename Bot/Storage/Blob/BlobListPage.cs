using System.Text;
using System.Xml;

namespace EmulationBot.Storage.Blob;

/// <summary>One page of a List Blobs answer: each blob's name and stored key, and the marker of the next page.</summary>
public sealed record BlobListPage(IReadOnlyList<BlobListPage.Item> Blobs, string? NextMarker)
{
    /// <summary>A listed blob; <see cref="KeyMetadata"/> is the base64 key the store writes into the blob's metadata.</summary>
    public sealed record Item(string Name, string? KeyMetadata);

    /// <summary>Reads the EnumerationResults document, tracking the element path so that only the right elements count.</summary>
    public static async Task<BlobListPage> ReadAsync(Stream xml, string keyMetadataName, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true };
        using var reader = XmlReader.Create(xml, settings);
        var path = new List<string>();
        var items = new List<Item>();
        string? name = null, key = null, nextMarker = null;
        var nameEncoded = false;
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.LocalName == "Blob") (name, key) = (null, null);
                    if (reader.LocalName == "Name") nameEncoded = reader.GetAttribute("Encoded") == "true";
                    text.Clear();
                    if (!reader.IsEmptyElement) path.Add(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    var parent = path.Count >= 2 ? path[^2] : "";
                    switch (reader.LocalName)
                    {
                        case "Name" when parent == "Blob":
                            name = nameEncoded ? Uri.UnescapeDataString(text.ToString()) : text.ToString();
                            break;
                        case var element when parent == "Metadata" && element.Equals(keyMetadataName, StringComparison.OrdinalIgnoreCase):
                            key = text.ToString();
                            break;
                        case "NextMarker" when parent == "EnumerationResults":
                            nextMarker = text.ToString();
                            break;
                        case "Blob" when name is not null:
                            items.Add(new Item(name, key));
                            break;
                    }
                    path.RemoveAt(path.Count - 1);
                    text.Clear();
                    break;
            }
        }
        return new BlobListPage(items, string.IsNullOrEmpty(nextMarker) ? null : nextMarker);
    }
}
