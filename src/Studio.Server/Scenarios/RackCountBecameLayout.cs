using System.Text.Json.Nodes;

namespace Studio.Server.Scenarios;

/// <summary>
/// Version 1 to 2: a v1 factory was <c>factory.rackCount</c> copies of the canvas's mean compute rack, each with a
/// share of the canvas's floor equipment. Version 2 lays the factory out in halls and rows, so the step places the
/// same racks in one hall: each compute rack of the canvas gets a row, the rack count split evenly between them (the
/// total unchanged), and every other rack a row in the same proportion to the compute racks as on the canvas. The
/// floor equipment is no longer copied: the rows' CDUs (N+1) and switches are sized from their racks.
/// </summary>
public sealed class RackCountBecameLayout : IScenarioMigration
{
    /// <summary>v1's default when <c>rackCount</c> was left out.</summary>
    private const int V1DefaultRackCount = 100;

    public int FromVersion => 1;

    public string Description =>
        "factory.rackCount became a factory layout: one hall with a row per rack design holding the same racks; CDUs (N+1) and switches are now shared by each row and sized for it, not copied per rack";

    public void Apply(JsonObject document)
    {
        var factory = document["factory"] switch
        {
            null => [],
            JsonObject given => given,
            _ => throw new MigrationInputException("$.factory", "Must be an object holding the factory's members."),
        };
        document["factory"] = factory;
        var rackCount = factory["rackCount"] switch
        {
            null => V1DefaultRackCount,
            JsonValue value when value.TryGetValue<int>(out var count) && count is >= 1 and <= 1_000_000 => count,
            _ => throw new MigrationInputException("$.factory.rackCount",
                "A version 1 rack count must be a whole number from 1 to 1000000: it becomes the factory's rows."),
        };
        factory.Remove("rackCount");

        var racks = (document["racks"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => (Id: (string?)r["id"], Label: (string?)r["label"], Compute: HoldsComputeTrays(r)))
            .Where(r => !string.IsNullOrEmpty(r.Id))
            .ToList();
        var compute = racks.Count(r => r.Compute);
        if (racks.Count == 0 || compute == 0)
        {
            // Without compute racks v1 built no factory: there is nothing to place.
            factory["halls"] = new JsonArray();
            return;
        }

        var taken = AllIds(document);
        var rows = new JsonArray();
        var computeIndex = 0;
        foreach (var rack in racks)
        {
            // Compute racks share the count exactly; other racks keep their ratio to them, rounded.
            var racksInRow = rack.Compute
                ? (rackCount / compute) + (computeIndex++ < rackCount % compute ? 1 : 0)
                : (int)Math.Round((double)rackCount / compute, MidpointRounding.AwayFromZero);
            rows.Add(new JsonObject
            {
                ["id"] = Fresh(taken, "row-" + (rows.Count + 1)),
                ["label"] = $"Row {rows.Count + 1}: {rack.Label ?? rack.Id}",
                ["rack"] = rack.Id,
                ["rackCount"] = racksInRow,
                ["cduRedundancy"] = "n+1",
            });
        }

        factory["halls"] = new JsonArray
        {
            new JsonObject { ["id"] = Fresh(taken, "hall-1"), ["label"] = "Hall 1", ["rows"] = rows },
        };
    }

    /// <summary>v1's catalog named every compute tray "….compute-tray"; v1 documents were written against it.</summary>
    private static bool HoldsComputeTrays(JsonObject rack) =>
        (rack["parts"] as JsonArray ?? []).OfType<JsonObject>()
            .Any(p => p["partId"] is JsonValue id && id.TryGetValue<string>(out var partId) && partId.EndsWith(".compute-tray", StringComparison.Ordinal));

    private static HashSet<string> AllIds(JsonNode node)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["id"] is JsonValue v && v.TryGetValue<string>(out var id))
                    {
                        ids.Add(id);
                    }

                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(node);
        return ids;
    }

    private static string Fresh(HashSet<string> taken, string id)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
