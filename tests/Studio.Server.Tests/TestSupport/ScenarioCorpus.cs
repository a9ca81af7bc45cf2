using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Studio.Server.Tests.TestSupport;

/// <summary>
/// Ways to break a valid scenario document, shared by the evaluate and save corpora: the same hostile inputs must be
/// refused the same way wherever a document comes in.
/// </summary>
internal static class ScenarioCorpus
{
    /// <summary>Raw JSON for replacement values; some (1e400, NaN-as-string) cannot be held by a JsonNode.</summary>
    public static readonly string[] Replacements =
    [
        "null", "\"ten\"", "\"\"", "true", "[]", "{}", "[null]", "{\"x\":1}", "0", "-1", "0.5", "2147483648",
        "-2147483649", "1e308", "-1e308", "1e400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e999\"",
        "\"\\ud800\"", $"\"{new string('x', 5000)}\"", "12345678901234567890123456789",
    ];

    /// <summary>The first bytes, the bytes just before the closing brace, and <paramref name="count"/> offsets in between.</summary>
    public static List<int> TruncationOffsets(byte[] template, Random random, int count)
    {
        // The document ends at its closing brace; what follows (a newline) may go without harm.
        var end = template.AsSpan().TrimEnd("\r\n \t"u8).Length;
        return [.. new[] { 0, 1, 2, end - 2, end - 1 }
            .Concat(Enumerable.Range(0, count).Select(_ => random.Next(3, end - 2)))
            .Distinct()
            .Order()];
    }

    /// <summary>The document without the member at <paramref name="path"/>.</summary>
    public static string Delete(JsonObject template, string path)
    {
        var document = template.DeepClone().AsObject();
        var node = JsonPaths.Find(document, path)!;
        node.Parent!.AsObject().Remove(node.GetPropertyName());
        return document.ToJsonString();
    }

    /// <summary>Paths of every object member in the document.</summary>
    public static List<string> MemberPaths(JsonNode root) =>
        [.. AllNodes(root).Where(n => n.Parent is JsonObject).Select(n => n.GetPath())];

    /// <summary>The document with the node at <paramref name="path"/> replaced by raw JSON text.</summary>
    public static string Replace(JsonObject template, string path, string raw)
    {
        const string Marker = "\u0001replace-me\u0001";
        var document = template.DeepClone().AsObject();
        var node = JsonPaths.Find(document, path);
        if (node?.Parent is JsonArray array)
        {
            array[array.IndexOf(node)] = Marker;
        }
        else if (node?.Parent is JsonObject parent)
        {
            parent[node.GetPropertyName()] = Marker;
        }
        else
        {
            return raw;
        }

        var json = document.ToJsonString();
        var quoted = JsonSerializer.Serialize(Marker);
        var at = json.IndexOf(quoted, StringComparison.Ordinal);
        return new StringBuilder(json).Remove(at, quoted.Length).Insert(at, raw).ToString();
    }

    /// <summary>Every node below the root, depth first.</summary>
    public static IEnumerable<JsonNode> AllNodes(JsonNode root)
    {
        var children = root switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var descendant in AllNodes(child))
            {
                yield return descendant;
            }
        }
    }
}
