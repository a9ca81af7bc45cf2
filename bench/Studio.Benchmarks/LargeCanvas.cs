using System.Text;
using System.Text.Json.Nodes;

namespace Studio.Benchmarks;

/// <summary>
/// A design with 400 racks on the rack canvas: 400 copies of the Vera Rubin NVL72 sample's rack design, each in its
/// own one-rack row of one hall, every ten sharing a 2 MW row CDU (1.88 MW of heat, 2,816 of its 3,000 L/min) and two
/// leaf switches on the canvas (ten racks oversubscribe them: a warning, which withholds no metric). Unlike the templates, whose factories reuse one design, this makes the engine analyse
/// 400 designs and their coolant loops: the cost of a large canvas, near the format's limit of 500 racks.
/// </summary>
public static class LargeCanvas
{
    public const string Name = "canvas-400-racks";

    public const int Racks = 400;

    private const int RacksPerCdu = 10;

    public static byte[] Build()
    {
        var sample = JsonNode.Parse(Templates.Read("vera-rubin-nvl72"))!.AsObject();
        var design = sample["racks"]![0]!.AsObject();
        var racks = new JsonArray();
        var equipment = new JsonArray();
        var connections = new JsonArray();
        var rows = new JsonArray();
        for (var i = 0; i < Racks; i++)
        {
            // Ids are unique in the whole document, parts' included: prefix each copy's with its rack.
            var id = $"rack-{i + 1:000}";
            var rack = design.DeepClone().AsObject();
            rack["id"] = id;
            rack["label"] = $"Rack {i + 1}";
            rack["position"] = new JsonObject { ["x"] = 60 + (i % 20 * 120), ["y"] = 40 + (i / 20 * 160) };
            foreach (var part in rack["parts"]!.AsArray())
            {
                part!["id"] = $"{id}-{(string?)part["id"]}";
            }

            racks.Add(rack);
            var group = (i / RacksPerCdu) + 1;
            if (i % RacksPerCdu == 0)
            {
                equipment.Add(new JsonObject { ["id"] = $"cdu-{group}", ["partId"] = "vr.cdu-in-row", ["label"] = $"Row CDU {group}" });
                equipment.Add(new JsonObject { ["id"] = $"sw-{group}a", ["partId"] = "vr.spectrum-x-photonics", ["label"] = $"Leaf switch {group}a" });
                equipment.Add(new JsonObject { ["id"] = $"sw-{group}b", ["partId"] = "vr.spectrum-x-photonics", ["label"] = $"Leaf switch {group}b" });
            }

            connections.Add(new JsonObject { ["id"] = $"{id}-coolant", ["kind"] = "coolant", ["from"] = id, ["to"] = $"cdu-{group}" });
            connections.Add(new JsonObject { ["id"] = $"{id}-network-a", ["kind"] = "network", ["from"] = id, ["to"] = $"sw-{group}a" });
            connections.Add(new JsonObject { ["id"] = $"{id}-network-b", ["kind"] = "network", ["from"] = id, ["to"] = $"sw-{group}b" });
            rows.Add(new JsonObject { ["id"] = $"row-{i + 1:000}", ["rack"] = id, ["rackCount"] = 1, ["cduRedundancy"] = "n+1" });
        }

        sample["name"] = "400 Vera Rubin NVL72 racks on the canvas";
        sample["description"] = "Benchmark input: 400 copies of the reference rack design, each in its own one-rack row.";
        sample["racks"] = racks;
        sample["equipment"] = equipment;
        sample["connections"] = connections;
        sample["factory"] = new JsonObject { ["halls"] = new JsonArray(new JsonObject { ["id"] = "hall-1", ["rows"] = rows }) };
        return Encoding.UTF8.GetBytes(sample.ToJsonString());
    }
}
