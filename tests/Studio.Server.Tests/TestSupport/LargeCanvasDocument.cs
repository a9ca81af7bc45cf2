using System.Text.Json.Nodes;

namespace Studio.Server.Tests.TestSupport;

/// <summary>
/// A design with many racks on the rack canvas, as the end-to-end benchmark's 400-rack input is built: copies of a
/// template's rack design, each in its own one-rack row, every ten sharing a CDU. Each copy is a design the engine
/// analyses on its own, so this grows the work an evaluation does in a way a factory's rows do not.
/// </summary>
internal static class LargeCanvasDocument
{
    public static JsonObject Build(JsonObject template, int racks)
    {
        var document = template.DeepClone().AsObject();
        var design = document["racks"]![0]!.AsObject();
        var rackArray = new JsonArray();
        var equipment = new JsonArray();
        var connections = new JsonArray();
        var rows = new JsonArray();
        for (var i = 0; i < racks; i++)
        {
            var id = $"rack-{i + 1:000}";
            var rack = design.DeepClone().AsObject();
            rack["id"] = id;
            rack["position"] = new JsonObject { ["x"] = 60 + (i % 20 * 120), ["y"] = 40 + (i / 20 * 160) };
            foreach (var part in rack["parts"]!.AsArray())
            {
                // Ids are unique in the whole document, parts' included.
                part!["id"] = $"{id}-{(string?)part["id"]}";
            }

            rackArray.Add(rack);
            var group = (i / 10) + 1;
            if (i % 10 == 0)
            {
                equipment.Add(new JsonObject { ["id"] = $"cdu-{group}", ["partId"] = "vr.cdu-in-row" });
            }

            connections.Add(new JsonObject { ["id"] = $"{id}-coolant", ["kind"] = "coolant", ["from"] = id, ["to"] = $"cdu-{group}" });
            rows.Add(new JsonObject { ["id"] = $"row-{i + 1:000}", ["rack"] = id, ["rackCount"] = 1, ["cduRedundancy"] = "n+1" });
        }

        document["racks"] = rackArray;
        document["equipment"] = equipment;
        document["connections"] = connections;
        document["factory"] = new JsonObject { ["halls"] = new JsonArray(new JsonObject { ["id"] = "hall-1", ["rows"] = rows }) };
        return document;
    }
}
