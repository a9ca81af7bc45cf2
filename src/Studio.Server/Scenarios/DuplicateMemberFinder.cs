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
        var path = new JsonPathTracker();
        // The names seen in each open object; null for an open array.
        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        names.Push(null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!names.Peek()!.Add(name))
                        {
                            return path.MemberPath(name);
                        }

                        break;
                }

                path.Advance(ref reader);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a name that does not decode, is reported by the parser itself; this only locates duplicates.
        }

        return null;
    }
}
