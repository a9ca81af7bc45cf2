using System.Globalization;
using System.Text.Json.Nodes;

namespace Studio.Server.Tests.TestSupport;

/// <summary>Finds a node by a simple JSON path of the kind the API reports: <c>$.racks[0].parts[3].partId</c>.</summary>
internal static class JsonPaths
{
    public static JsonNode? Find(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            throw new ArgumentException($"'{path}' does not start at the root ($).", nameof(path));
        }

        var node = root;
        var i = 1;
        while (i < path.Length && node is not null)
        {
            if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                node = node.AsArray()[int.Parse(path[(i + 1)..end], CultureInfo.InvariantCulture)];
                i = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                node = node.AsObject()[path[(i + 1)..end]];
                i = end;
            }
        }

        return node;
    }
}
