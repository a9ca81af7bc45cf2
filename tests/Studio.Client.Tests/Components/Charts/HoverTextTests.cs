using Studio.Client.Components.Charts;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.Charts;

/// <summary>Hover text as Plotly takes it: wrapped to fit a card, values read like the results panel's.</summary>
public sealed class HoverTextTests
{
    private static int Visible(string line) => System.Text.RegularExpressions.Regex.Replace(line, "<[^>]*>", "").Length;

    [Fact]
    public void Template_LongProvenanceNote_NoLineWiderThanTheCardAllows()
    {
        var note = string.Join(' ', Enumerable.Repeat("a long note on where this number comes from,", 4));

        var hover = HoverText.Template("Cost per million output tokens, GB200 NVL72 reference design", "Design", "12 USD", note);

        var body = hover[..hover.IndexOf("<extra>", StringComparison.Ordinal)];
        Assert.All(body.Split("<br>"), line => Assert.True(Visible(line) <= HoverText.MaxLineLength, $"'{line}' is wider than a card"));
        Assert.Contains("<extra>Design</extra>", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_Placeholder_KeptWhole() =>
        Assert.Equal("%{y:,.0f} kW per MW of facility power", HoverText.Wrap("%{y:,.0f} kW per MW of facility power"));

    [Fact]
    public void Value_Money_ReadsLikeTheResults()
    {
        var metric = new MetricDto("economics.annualRevenuePerGwUsd", "Revenue per GW", 352088272754.2, "USD/year", 179134216669.3, 528356365926.0,
            new ProvenanceDto("derived", "user", [], null), []);

        Assert.Equal("$352 B/year ($179 B – $528 B)", HoverText.Value(metric));
    }
}
