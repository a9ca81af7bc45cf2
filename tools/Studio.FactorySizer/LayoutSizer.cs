using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Studio.FactorySizer;

/// <summary>A written layout: the document and a line saying what it is.</summary>
internal sealed record SizedFactory(string Json, FactoryOutcome Outcome, string Summary);

/// <summary>
/// Finds the rack count whose facility power is nearest the target. Facility power grows with the racks (IT × PUE,
/// the PUE nearly flat in the load), so a proportional step lands within a rack or two of it in a few evaluations;
/// the neighbours are then tried one rack at a time until neither is nearer. Every probe is a full evaluation of the
/// layout as written (rows, halls, their CDUs and switches), so nothing is extrapolated from one rack.
/// </summary>
internal static class LayoutSizer
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        // The documents are files for people to read: keep °C and dashes as they are, not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<SizedFactory> SizeAsync(InProcessStudio studio, SizerOptions options, TextWriter log)
    {
        var source = JsonNode.Parse(await File.ReadAllTextAsync(options.SourcePath))!.AsObject();
        var rackId = (string?)source["racks"]?[0]?["id"]
            ?? throw new InvalidOperationException($"{options.SourcePath} has no rack design to lay out.");
        var probes = new Dictionary<int, FactoryOutcome>();

        async Task<FactoryOutcome> At(int racks)
        {
            if (!probes.TryGetValue(racks, out var outcome))
            {
                var document = Build(source, options, rackId, racks, description: "");
                outcome = await studio.EvaluateAsync(Encoding.UTF8.GetBytes(document.ToJsonString()));
                probes[racks] = outcome;
                await log.WriteLineAsync($"  {racks,7:N0} racks: facility {outcome.FacilityMw.ToString("N2", s_invariant)} MW");
            }

            return outcome;
        }

        double Miss(FactoryOutcome o) => Math.Abs(o.FacilityMw - options.TargetMw);

        var count = 100;
        for (var step = 0; step < 10; step++)
        {
            var next = Math.Max(1, (int)Math.Round(count * options.TargetMw / (await At(count)).FacilityMw));
            if (next == count)
            {
                break;
            }

            count = next;
        }

        while (Miss(await At(count + 1)) < Miss(await At(count)))
        {
            count++;
        }

        while (count > 1 && Miss(await At(count - 1)) < Miss(await At(count)))
        {
            count--;
        }

        var best = await At(count);
        var layout = Layout(count, options);
        var description = Describe(source, options, layout, best);
        var written = Build(source, options, rackId, count, description);
        var json = written.ToJsonString(s_indented) + "\n";

        // The description does not enter the evaluation; check that the document as written evaluates the same.
        var check = await studio.EvaluateAsync(Encoding.UTF8.GetBytes(json));
        if (Math.Abs(check.FacilityMw - best.FacilityMw) > 1e-6 * best.FacilityMw)
        {
            throw new InvalidOperationException($"The written document evaluates to {check.FacilityMw} MW, not the {best.FacilityMw} MW sized.");
        }

        return new SizedFactory(json, check, check.ToString());
    }

    /// <summary>Racks per row of each hall: at most the options' sizes, spread so rows differ by one rack at most and halls by one row.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Layout(int racks, SizerOptions options)
    {
        var rows = (racks + options.RacksPerRow - 1) / options.RacksPerRow;
        var halls = (rows + options.RowsPerHall - 1) / options.RowsPerHall;
        var result = new List<IReadOnlyList<int>>();
        var row = 0;
        for (var h = 0; h < halls; h++)
        {
            var inHall = (rows / halls) + (h < rows % halls ? 1 : 0);
            var counts = new List<int>();
            for (var r = 0; r < inHall; r++, row++)
            {
                counts.Add((racks / rows) + (row < racks % rows ? 1 : 0));
            }

            result.Add(counts);
        }

        return result;
    }

    private static JsonObject Build(JsonObject source, SizerOptions options, string rackId, int racks, string description)
    {
        var document = source.DeepClone().AsObject();
        if (options.Name is not null)
        {
            document["name"] = options.Name;
        }

        document["description"] = description;
        var factory = document["factory"]?.AsObject() ?? [];
        document["factory"] = factory;
        var halls = new JsonArray();
        var layout = Layout(racks, options);
        for (var h = 0; h < layout.Count; h++)
        {
            var rows = new JsonArray();
            for (var r = 0; r < layout[h].Count; r++)
            {
                rows.Add(new JsonObject
                {
                    ["id"] = $"hall-{h + 1}-row-{r + 1}",
                    ["label"] = $"Row {h + 1}.{r + 1}",
                    ["rack"] = rackId,
                    ["rackCount"] = layout[h][r],
                    ["cduRedundancy"] = options.CduRedundancy,
                });
            }

            halls.Add(new JsonObject { ["id"] = $"hall-{h + 1}", ["label"] = $"Hall {h + 1}", ["rows"] = rows });
        }

        factory["halls"] = halls;
        if (options.ScaleOutSwitch is { } switchId)
        {
            var network = factory["network"]?.AsObject() ?? [];
            factory["network"] = network;
            var scaleOut = network["scaleOut"]?.AsObject() ?? [];
            network["scaleOut"] = scaleOut;
            scaleOut["switchPartId"] = switchId;
        }

        return document;
    }

    private static string Describe(JsonObject source, SizerOptions options, IReadOnlyList<IReadOnlyList<int>> layout, FactoryOutcome outcome)
    {
        var rackLabel = (string?)source["name"] ?? "reference design";
        rackLabel = rackLabel.Replace(" reference design", "", StringComparison.Ordinal);
        var rowsPerHall = Span(layout.Select(h => h.Count));
        var racksPerRow = Span(layout.SelectMany(h => h));
        var supply = (double?)source["site"]?["coolantSupplyC"];
        var site = (string?)source["site"]?["location"];
        var redundancy = options.CduRedundancy.ToUpperInvariant();
        return string.Create(s_invariant,
            $"{outcome.Racks:N0} {rackLabel} racks (the reference rack design) in {layout.Count} halls of {rowsPerHall} rows: " +
            $"{outcome.Rows:N0} rows of {racksPerRow} racks, each row with its own row CDUs at {redundancy} and its leaf switches, " +
            $"each hall with its spine switches{(options.ScaleOutSwitch is { } id ? $" (scale-out on {id})" : "")} ({outcome.Cdus:N0} CDUs, {outcome.LeafSwitches:N0} leaf and {outcome.SpineSwitches:N0} spine switches in all); " +
            $"{supply:0} °C coolant supply at the {site} site. As evaluated: {outcome.FacilityMw:N1} MW facility power " +
            $"({outcome.ItMw:N1} MW IT × PUE {outcome.Pue:0.000}), sized to {options.TargetMw:N0} MW by tools/Studio.FactorySizer.");
    }

    private static string Span(IEnumerable<int> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        return min == max ? min.ToString("N0", s_invariant) : $"{min.ToString("N0", s_invariant)}–{max.ToString("N0", s_invariant)}";
    }
}
