using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Studio.Server.Scenarios;

/// <summary>
/// Finds the first byte of a request body that is not valid UTF-8 and the JSON path it sits at. System.Text.Json
/// parses such a body without complaint and throws only when a string is decoded (InvalidOperationException, a 500
/// if nobody catches it), wherever that happens to be; checking the bytes once, before anything reads them, turns
/// every such body into one 400 that says where.
/// </summary>
internal static class InvalidUtf8Finder
{
    /// <summary>Where the body stops being UTF-8, or null when all of it is valid (the common case: one vectorised pass).</summary>
    public static InputError? Find(ReadOnlySpan<byte> json)
    {
        if (Utf8.IsValid(json))
        {
            return null;
        }

        var offset = FirstInvalidByte(json);
        return new InputError(PathAt(json, offset), Message(json, offset));
    }

    /// <summary>The message for a body whose byte at <paramref name="offset"/> begins no valid UTF-8 sequence.</summary>
    public static string Message(ReadOnlySpan<byte> json, int offset) => string.Create(CultureInfo.InvariantCulture,
        $"Not valid text: the byte at offset {offset} of the body (0x{json[offset]:X2}, counting from 0) does not begin a valid UTF-8 sequence. Save the file as UTF-8.");

    private static int FirstInvalidByte(ReadOnlySpan<byte> json)
    {
        var offset = 0;
        while (offset < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        // Utf8.IsValid said there is one; unreachable unless the two disagree.
        return json.Length - 1;
    }

    /// <summary>
    /// The path of the token that holds <paramref name="offset"/>: a member name's own path, or the path of the value
    /// being read. Where the bad byte breaks the JSON itself (a 0xF2 in place of a brace), the reader stops there, and
    /// the value it was reading is the place to look.
    /// </summary>
    private static string PathAt(ReadOnlySpan<byte> json, int offset)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var path = new JsonPathTracker();
        try
        {
            while (reader.Read())
            {
                var holdsOffset = reader.TokenStartIndex <= offset && offset < reader.BytesConsumed;
                if (holdsOffset && reader.TokenType == JsonTokenType.PropertyName)
                {
                    return path.MemberPath(Lossy(reader.ValueSpan));
                }

                if (holdsOffset)
                {
                    return path.ValuePath;
                }

                if (reader.TokenStartIndex > offset)
                {
                    return path.ValuePath;
                }

                path.Advance(ref reader);
            }
        }
        catch (JsonException)
        {
            // The bad byte broke the syntax: the reader stopped at the value it was reading.
        }

        return path.ValuePath;
    }

    /// <summary>A member name for a path even when its bytes are not UTF-8: invalid bytes read as U+FFFD.</summary>
    private static string Lossy(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(raw);
}
