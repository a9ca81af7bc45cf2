using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Studio.Server.Scenarios;

/// <summary>
/// Writes the field tables of docs/scenario-format.md from <see cref="ScenarioFields.Documented"/>, between marker comments
/// (<c>&lt;!-- scenario-fields:site --&gt;</c> … <c>&lt;!-- /scenario-fields:site --&gt;</c>), so the format doc
/// cannot state another range or default than the Server checks. A test fails when the doc is stale.
/// </summary>
public static partial class ScenarioFieldsMarkdown
{
    /// <summary>The document with every marked block rewritten from the table; text outside the markers is kept.</summary>
    public static string Update(string markdown) => Block().Replace(markdown, m =>
        $"{m.Groups["open"].Value}\n{Table(m.Groups["group"].Value)}{m.Groups["close"].Value}");

    /// <summary>One group's fields as a Markdown table, each line ending in a newline.</summary>
    public static string Table(string group)
    {
        var fields = ScenarioFields.Documented.Where(f => f.Group == group).ToList();
        if (fields.Count == 0)
        {
            throw new ArgumentException($"No scenario field is in the group '{group}'.", nameof(group));
        }

        var prefix = SharedParent(fields.Select(f => f.Path));
        var text = new StringBuilder("| field | type | default | meaning |\n|---|---|---|---|\n");
        foreach (var field in fields)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| `{field.Path[prefix.Length..]}` | {(field.Integer ? "integer" : "number")}, {Number(field.Min)}–{Number(field.Max)} | {Default(field)} | {field.Help} |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The members' shared parent with its dot ("factory.network."): a table names each field below it, so two
    /// members of one name in different objects (scaleOut.oversubscription, frontEnd.oversubscription) stay apart.
    /// </summary>
    private static string SharedParent(IEnumerable<string> paths)
    {
        var shared = paths.Aggregate((a, b) => a[..a.AsSpan().CommonPrefixLength(b)]);
        return shared[..(shared.LastIndexOf('.') + 1)];
    }

    private static string Default(ScenarioField field)
    {
        if (field.ModelDefault is { } figure)
        {
            var unit = field.EditorUnit is { } u ? " " + u : "";
            return figure.Band.IsExact
                ? $"*optional*: {Number(figure.Value)}{unit}"
                : $"*optional*: {Number(figure.Value)}{unit} (range {Number(figure.Low)}–{Number(figure.High)})";
        }

        return field.DefaultNote is { } note ? $"*optional*: {note}" : $"`{Literal(field.Default!.Value)}`";
    }

    /// <summary>"10,000", "0.01", and powers of ten from 10⁹ up as "10⁹" (a row of zeros is hard to count).</summary>
    private static string Number(double value)
    {
        var exponent = value >= 1e9 ? Math.Log10(value) : 0;
        return exponent > 0 && exponent == Math.Floor(exponent)
            ? "10" + string.Concat(((int)exponent).ToString(CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']))
            : value.ToString("#,0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A default as JSON writes it, large ones in exponent form ("15e12").</summary>
    private static string Literal(double value)
    {
        if (value >= 1e9)
        {
            var exponent = (int)Math.Floor(Math.Log10(value));
            while (exponent > 0 && value / Math.Pow(10, exponent) != Math.Floor(value / Math.Pow(10, exponent)))
            {
                exponent--;
            }

            return string.Create(CultureInfo.InvariantCulture, $"{value / Math.Pow(10, exponent)}e{exponent}");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<open><!-- scenario-fields:(?<group>[a-z]+) -->)\n.*?(?<close><!-- /scenario-fields:\k<group> -->)", RegexOptions.Singleline)]
    private static partial Regex Block();
}
