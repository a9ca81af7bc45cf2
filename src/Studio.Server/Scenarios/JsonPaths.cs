using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Studio.Server.Scenarios;

/// <summary>JSON paths as System.Text.Json writes them (<c>$.racks[0].parts[3]</c>, <c>$.site['a.b']</c>): built, read and resolved.</summary>
internal static class JsonPaths
{
    /// <summary>The characters for which System.Text.Json brackets a member name in a path.</summary>
    private static readonly SearchValues<char> s_specialCharacters =
        SearchValues.Create(".'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029 ");

    /// <summary>
    /// A member's path: <c>$.a.key</c>, or <c>$.a['a.b']</c> when the name holds a character that would make the
    /// dotted form ambiguous (and for an empty name, which STJ leaves as <c>$.a.</c>).
    /// </summary>
    public static string Member(string path, string name) =>
        name.Length == 0 || name.AsSpan().IndexOfAny(s_specialCharacters) >= 0 ? $"{path}['{name}']" : $"{path}.{name}";

    /// <summary>
    /// The last member of a System.Text.Json path: <c>$.site.coolantSuplyC</c> is "coolantSuplyC", and a name that
    /// is not a plain identifier comes in brackets, <c>$.site['supply.c']</c> is "supply.c".
    /// </summary>
    public static string LastMemberName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "this field";
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var start = path.LastIndexOf("['", StringComparison.Ordinal);
            if (start >= 0)
            {
                return path[(start + 2)..^2];
            }
        }

        return path[(path.LastIndexOf('.') + 1)..];
    }

    /// <summary>The element at a System.Text.Json path such as <c>$.racks[0]['x.y']</c>, or null if it does not resolve.</summary>
    public static JsonElement? ElementAt(JsonElement root, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var element = root;
        var i = 1;
        while (i < path.Length)
        {
            string name;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                name = path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                name = path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || element.ValueKind != JsonValueKind.Array
                    || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
                i = end + 1;
                continue;
            }
            else
            {
                return null;
            }

            if (Member(element, name) is not { } member)
            {
                return null;
            }

            element = member;
        }

        return element;
    }

    /// <summary>A member by name, exactly as the contract reads them.</summary>
    private static JsonElement? Member(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return element.TryGetProperty(name, out var found) ? found : null;
    }
}
