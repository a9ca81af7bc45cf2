using Studio.Contracts.Scenarios;

namespace Studio.Client.Tests.Support;

/// <summary>Factory layouts for the factory view's tests, on top of <see cref="TestCatalog"/>'s rack designs.</summary>
internal static class TestFactory
{
    /// <summary>
    /// The template with a second rack design ("rack-02", "Rack 2": two compute trays) and one hall ("hall-1") whose
    /// row "row-1" places <paramref name="rackCount"/> of "rack-01".
    /// </summary>
    public static ScenarioDocument TwoDesignsOneRow(int rackCount = 10)
    {
        var document = TestCatalog.Template();
        var second = TestCatalog.OneRack(2).Racks[0];
        second.Id = "rack-02";
        second.Label = "Rack 2";
        second.Position = new CanvasPosition { X = 60, Y = 500 };
        foreach (var part in second.Parts)
        {
            part.Id += "-b";
        }

        document.Racks.Add(second);
        document.Factory.Halls =
        [
            new HallDocument
            {
                Id = "hall-1",
                Label = "Hall 1",
                Position = new CanvasPosition { X = 40, Y = 40 },
                Rows = [new RowDocument { Id = "row-1", Label = "Row 1", Rack = "rack-01", RackCount = rackCount }],
            },
        ];
        return document;
    }

    /// <summary>
    /// A large factory as a planner lays it out: <paramref name="halls"/> halls of <paramref name="rowsPerHall"/> rows
    /// of the template's rack, 5,000 racks in all at the defaults.
    /// </summary>
    public static ScenarioDocument Large(int halls = 2, int rowsPerHall = 5, int racksPerRow = 500)
    {
        var document = TestCatalog.Template();
        document.Factory.Halls = [.. Enumerable.Range(1, halls).Select(h => new HallDocument
        {
            Id = $"hall-{h}",
            Label = $"Hall {h}",
            Position = new CanvasPosition { X = 40 + (h - 1) * 420, Y = 40 },
            Rows = [.. Enumerable.Range(1, rowsPerHall).Select(r => new RowDocument
            {
                Id = $"row-{(h - 1) * rowsPerHall + r}",
                Label = $"Row {r}",
                Rack = "rack-01",
                RackCount = racksPerRow,
            })],
        })];
        return document;
    }
}
