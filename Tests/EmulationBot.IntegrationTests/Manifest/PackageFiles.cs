using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace EmulationBot.IntegrationTests.Manifest;

/// <summary>The files of a Teams app package, in memory, to inspect or change and zip again.</summary>
public sealed class PackageFiles
{
    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public static PackageFiles ReadZip(string path)
    {
        var files = new PackageFiles();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files._entries[entry.FullName] = copy.ToArray();
        }
        return files;
    }

    public static PackageFiles ReadFolder(string folder, params string[] names)
    {
        var files = new PackageFiles();
        foreach (var name in names) files._entries[name] = File.ReadAllBytes(Path.Combine(folder, name));
        return files;
    }

    public IReadOnlyCollection<string> Names => _entries.Keys;

    public byte[] this[string name]
    {
        get => _entries[name];
        set => _entries[name] = value;
    }

    public string Text(string name) => Encoding.UTF8.GetString(_entries[name]);

    public JsonObject Json(string name) => JsonNode.Parse(_entries[name])!.AsObject();

    public PackageFiles EditJson(string name, Action<JsonObject> edit)
    {
        var json = Json(name);
        edit(json);
        _entries[name] = Encoding.UTF8.GetBytes(json.ToJsonString());
        return this;
    }

    public PackageFiles Remove(string name)
    {
        _entries.Remove(name);
        return this;
    }

    /// <summary>Zips the files, at the root or (to reproduce the usual mistake) inside a folder.</summary>
    public string WriteZip(string path, string folderInZip = "")
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in _entries)
        {
            using var stream = zip.CreateEntry(folderInZip + name).Open();
            stream.Write(bytes);
        }
        return path;
    }
}
