using System.Text.Json;

namespace Studio.Server.Scenarios;

/// <summary>
/// Finds where a JSON object repeats a member. System.Text.Json rejects duplicates but does not say where they are;
/// a user fixing a file needs the path.
/// </summary>
internal static class DuplicateMemberFinder
{
    /// <summary>The path of the first repeated member (<c>$.site.coolant</c>), or null if there is none.</summary>
    public static string? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ChildPath(frames, pendingName);
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject));
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString()!;
                        if (!frames.Peek().Names.Add(pendingName))
                        {
                            return JsonPaths.Member(frames.Peek().Path, pendingName);
                        }

                        break;
                    default:
                        pendingName = null;
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser itself; this only locates duplicates.
        }

        return null;
    }

    private static string ChildPath(Stack<Frame> frames, string? name)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames.Peek();
        return parent.IsObject ? JsonPaths.Member(parent.Path, name ?? "") : $"{parent.Path}[{parent.Index}]";
    }

    /// <summary>After a value ends inside an array, the next value has the next index.</summary>
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && !frames.Peek().IsObject)
        {
            frames.Peek().Index++;
        }
    }

    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        public bool IsObject { get; } = isObject;

        public int Index { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
