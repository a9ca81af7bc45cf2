using System.Globalization;
using System.Text.Json;

namespace Studio.Server.Scenarios;

/// <summary>
/// Rewrites System.Text.Json's errors, which name .NET types, in terms of the document: what the field takes and
/// what it got.
/// </summary>
internal static class JsonErrorExplainer
{
    private const string WholeNumber = "a whole number";

    /// <summary>System.Text.Json's messages name .NET types; say it in terms of the document instead.</summary>
    public static string Explain(JsonException ex, JsonElement root)
    {
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"Unknown field '{JsonPaths.LastMemberName(ex.Path)}'. Check its spelling against docs/scenario-format.md.";
        }

        if (message.Contains("allow setting null", StringComparison.Ordinal) || message.Contains("allow null", StringComparison.Ordinal))
        {
            return "Must not be null: give a value or leave the field out.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            JsonElement? found;
            try
            {
                found = JsonPaths.ElementAt(root, ex.Path);
            }
            catch (InvalidOperationException)
            {
                // A member name on the way is not valid UTF-8: explain without the value.
                found = null;
            }

            return ExplainConversion(message, ex.InnerException, found);
        }

        return FirstSentence(message);
    }

    public const string InvalidText = "Not valid text: a string or key here holds invalid UTF-8 or an unpaired surrogate escape (\\uD800–\\uDFFF).";

    /// <summary>Says what the field takes and what it got: "Wrong type" alone misleads for 3000000000 or 2.5.</summary>
    private static string ExplainConversion(string message, Exception? inner, JsonElement? found)
    {
        if (inner is InvalidOperationException && inner.Message.Contains("UTF", StringComparison.Ordinal))
        {
            return InvalidText;
        }

        var expected = ExpectedType(message);
        if (expected == WholeNumber && found is { ValueKind: JsonValueKind.Number } number)
        {
            var text = Truncate(number.GetRawText());
            return !number.TryGetDouble(out var value) || !double.IsFinite(value) || Math.Floor(value) == value
                ? string.Create(CultureInfo.InvariantCulture, $"Out of range: {text} does not fit a whole-number field ({int.MinValue} to {int.MaxValue}).")
                : $"Must be a whole number, not {text}.";
        }

        return found is { } element
            ? $"Wrong type: expected {expected}, got {Describe(element, expected)}."
            : $"Wrong type: expected {expected}.";
    }

    /// <summary>The target type of "could not be converted to {type}. Path: ..." in words.</summary>
    private static string ExpectedType(string message)
    {
        const string Marker = "could not be converted to ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var type = start < 0 ? "" : message[(start + Marker.Length)..];
        var end = type.IndexOf(". Path:", StringComparison.Ordinal);
        type = end < 0 ? type : type[..end];

        // An optional member (int?, double?, bool?) takes the same values as a required one; null aside, the
        // message must read the same, or "2.5" in a count says "a value of the documented shape".
        const string Nullable = "System.Nullable`1[";
        if (type.StartsWith(Nullable, StringComparison.Ordinal) && type.EndsWith(']'))
        {
            type = type[Nullable.Length..^1];
        }

        return type switch
        {
            "System.Int32" => WholeNumber,
            "System.Double" => "a number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            _ when type.StartsWith("System.Collections.Generic.List`1", StringComparison.Ordinal) => "an array",
            _ when type.StartsWith("System.Collections.Generic.Dictionary`2", StringComparison.Ordinal) => "an object of setting keys and numbers",
            _ when type.StartsWith("Studio.Contracts.", StringComparison.Ordinal) => "an object",
            _ => "a value of the documented shape",
        };
    }

    private static string Describe(JsonElement element, string expected) => element.ValueKind switch
    {
        // Numbers are never read from strings: "10" in a numeric field is a string, and the message says so.
        JsonValueKind.String when expected is WholeNumber or "a number" => "a string (write numbers without quotes)",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Truncate(element.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
