using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Studio.Server.Scenarios;

/// <summary>
/// Follows a <see cref="Utf8JsonReader"/> token by token and says which JSON path (as System.Text.Json writes them,
/// <c>$.racks[0].parts[3]</c>) the reader is at, so a check that reads raw tokens can name where it found something.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly Stack<Frame> _frames = new();
    private string? _pendingName;

    /// <summary>The path of the value the reader is at (or about to read): "$" at the top.</summary>
    public string ValuePath
    {
        get
        {
            if (_frames.Count == 0)
            {
                return "$";
            }

            var parent = _frames.Peek();
            return parent.IsObject
                ? _pendingName is null ? parent.Path : JsonPaths.Member(parent.Path, _pendingName)
                : string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.Index}]");
        }
    }

    /// <summary>The path a member of the current object with this name has.</summary>
    public string MemberPath(string name) => JsonPaths.Member(_frames.Count == 0 ? "$" : _frames.Peek().Path, name);

    /// <summary>Takes in the token the reader is at; call after every successful Read.</summary>
    public void Advance(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                _frames.Push(new Frame(ValuePath, reader.TokenType == JsonTokenType.StartObject));
                _pendingName = null;
                break;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                _frames.Pop();
                _pendingName = null;
                NextItem();
                break;
            case JsonTokenType.PropertyName:
                _pendingName = NameOf(ref reader);
                break;
            case JsonTokenType.Comment:
                break;
            default:
                _pendingName = null;
                NextItem();
                break;
        }
    }

    /// <summary>After a value ends inside an array, the next value has the next index.</summary>
    private void NextItem()
    {
        if (_frames.Count > 0 && !_frames.Peek().IsObject)
        {
            _frames.Peek().Index++;
        }
    }

    /// <summary>A name for the path even where it does not decode (an unpaired surrogate escape): its raw bytes, lossily.</summary>
    private static string NameOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }

        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        public bool IsObject { get; } = isObject;

        public int Index { get; set; }
    }
}
