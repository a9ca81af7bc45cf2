using System.Globalization;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// The factory layout's edits: halls, and rows that place a rack design a number of times. They take the same
/// snapshot-and-notify path as the canvas's edits, so one Undo reverts each of them.
/// </summary>
public sealed partial class ScenarioEditor
{
    /// <summary>The most racks the Server accepts in one row (the Engine's FactoryPlan.MaxRacks).</summary>
    public const int MaxRowRacks = 1_000_000;

    /// <summary>The CDU redundancies on the wire, in the order the inspector offers them; "n+1" is the default.</summary>
    public static IReadOnlyList<string> CduRedundancies { get; } = ["n", "n+1", "2n"];

    /// <summary>Left to right across the factory canvas: a new hall lands right of the last one.</summary>
    private const double HallSpacing = 420;

    public HallDocument? FindHall(string? id) => Document.Factory.Halls.FirstOrDefault(h => h.Id == id);

    public (RowDocument Row, HallDocument Hall)? FindRow(string? id)
    {
        foreach (var hall in Document.Factory.Halls)
        {
            var row = hall.Rows.FirstOrDefault(r => r.Id == id);
            if (row is not null)
            {
                return (row, hall);
            }
        }

        return null;
    }

    /// <summary>Rows anywhere in the factory that place a rack design.</summary>
    public IEnumerable<RowDocument> RowsPlacing(string rackId) =>
        Document.Factory.Halls.SelectMany(h => h.Rows).Where(r => r.Rack == rackId);

    /// <summary>Adds an empty hall right of the others, selected.</summary>
    public EditResult AddHall()
    {
        Snapshot();
        var hall = NewHall();
        Document.Factory.Halls.Add(hall);
        SelectedId = hall.Id;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Added {hall.Label}.", hall.Id);
    }

    /// <summary>
    /// Adds a row of one rack design to a hall: one rack, so the factory's numbers move at once. Selected. With no
    /// hall given, a new hall takes the row, in the same edit (one Undo removes both).
    /// </summary>
    public EditResult AddRow(string? hallId, string rackId)
    {
        var hall = hallId is null ? null : FindHall(hallId);
        var rack = FindRack(rackId);
        if ((hallId is not null && hall is null) || rack is null)
        {
            return EditResult.Refused("That hall or rack design no longer exists.");
        }

        Snapshot();
        if (hall is null)
        {
            hall = NewHall();
            Document.Factory.Halls.Add(hall);
        }

        var row = NewRow(hall, rack, rackCount: 1);
        hall.Rows.Add(row);
        SelectedId = row.Id;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Added {row.Label} of {rack.Label ?? rack.Id} to {hall.Label ?? hall.Id}.", row.Id);
    }

    /// <summary>Sets how many racks a row places: a whole number from 0 to <see cref="MaxRowRacks"/>.</summary>
    public EditResult SetRowRackCount(string rowId, int rackCount)
    {
        if (FindRow(rowId) is not var (row, _))
        {
            return EditResult.Refused("That row no longer exists.");
        }

        if (rackCount is < 0 or > MaxRowRacks)
        {
            return EditResult.Refused(string.Create(CultureInfo.InvariantCulture, $"A row holds from 0 to {MaxRowRacks} racks."));
        }

        if (row.RackCount == rackCount)
        {
            return EditResult.Done("Unchanged.", rowId);
        }

        Snapshot();
        row.RackCount = rackCount;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done(string.Create(CultureInfo.InvariantCulture, $"{row.Label ?? row.Id} places {rackCount} racks."), rowId);
    }

    /// <summary>Sets the spare CDUs a row keeps: "n", "n+1" or "2n".</summary>
    public EditResult SetRowRedundancy(string rowId, string redundancy)
    {
        if (FindRow(rowId) is not var (row, _))
        {
            return EditResult.Refused("That row no longer exists.");
        }

        if (!CduRedundancies.Contains(redundancy))
        {
            return EditResult.Refused($"Unknown redundancy '{redundancy}': use n, n+1 or 2n.");
        }

        Snapshot();
        row.CduRedundancy = redundancy;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"{row.Label ?? row.Id} keeps {redundancy} CDUs.", rowId);
    }

    /// <summary>
    /// Names the row's CDU, or with null leaves the choice to its rack design (the canvas's CDU, else the catalog's
    /// row CDU for the generation), as the server decides it.
    /// </summary>
    public EditResult SetRowCdu(string rowId, string? cduPartId)
    {
        if (FindRow(rowId) is not var (row, _))
        {
            return EditResult.Refused("That row no longer exists.");
        }

        if (cduPartId is not null && !catalog.FloorCdus.Any(c => c.Id == cduPartId))
        {
            return EditResult.Refused($"'{cduPartId}' is not a floor CDU of the catalog.");
        }

        Snapshot();
        row.CduPartId = cduPartId;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done(cduPartId is null
            ? $"{row.Label ?? row.Id} uses its rack design's CDU."
            : $"{row.Label ?? row.Id} uses {catalog.Part(cduPartId)?.Name ?? cduPartId}.", rowId);
    }

    /// <summary>Makes a row place another rack design, keeping its count and redundancy.</summary>
    public EditResult SetRowRackDesign(string rowId, string rackId)
    {
        var rack = FindRack(rackId);
        if (FindRow(rowId) is not var (row, _) || rack is null)
        {
            return EditResult.Refused("That row or rack design no longer exists.");
        }

        if (row.Rack == rackId)
        {
            return EditResult.Done("Unchanged.", rowId);
        }

        Snapshot();
        row.Rack = rackId;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"{row.Label ?? row.Id} now places {rack.Label ?? rack.Id}.", rowId);
    }

    /// <summary>Renames a hall; blank restores the default (its id) the report shows.</summary>
    public void RenameHall(string hallId, string? label)
    {
        if (FindHall(hallId) is not { } hall)
        {
            return;
        }

        Snapshot();
        hall.Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        // The report labels its hall summaries: a re-evaluation keeps them in step with the name.
        Changed?.Invoke(ScenarioChange.Design);
    }

    /// <summary>Renames a row; blank restores the default (its id) the report shows.</summary>
    public void RenameRow(string rowId, string? label)
    {
        if (FindRow(rowId) is not var (row, _))
        {
            return;
        }

        Snapshot();
        row.Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        Changed?.Invoke(ScenarioChange.Design);
    }

    /// <summary>Moves a hall's block on the factory canvas.</summary>
    public void MoveHall(string hallId, double x, double y)
    {
        if (FindHall(hallId) is not { } hall)
        {
            return;
        }

        Snapshot();
        hall.Position = new CanvasPosition { X = Math.Round(x), Y = Math.Round(y) };
        Changed?.Invoke(ScenarioChange.Layout);
    }

    /// <summary>
    /// A new user who drops their first rack design sees factory numbers at once: a document with no halls gets
    /// "Hall 1" with one row of that design, one rack. Part of the same edit (and undo) as placing the rack.
    /// </summary>
    private void PlaceFirstDesign(RackDocument rack)
    {
        if (Document.Racks.Count != 1 || Document.Factory.Halls.Count > 0)
        {
            return;
        }

        var hall = NewHall();
        hall.Rows.Add(NewRow(hall, rack, rackCount: 1));
        Document.Factory.Halls.Add(hall);
    }

    /// <summary>
    /// A deleted rack design takes the rows placing it with it (in the same, undoable edit): a row pointing at no
    /// design would only make the Server refuse the whole scenario.
    /// </summary>
    private int RemoveRowsPlacing(string rackId) =>
        Document.Factory.Halls.Sum(hall => hall.Rows.RemoveAll(r => r.Rack == rackId));

    private HallDocument NewHall()
    {
        var halls = Document.Factory.Halls;
        var x = halls.Count == 0 ? 40 : halls.Max(h => h.Position?.X ?? 0) + HallSpacing;
        return new HallDocument
        {
            Id = NextId("hall", padded: false),
            Label = string.Create(CultureInfo.InvariantCulture, $"Hall {halls.Count + 1}"),
            Position = new CanvasPosition { X = x, Y = 40 },
        };
    }

    private RowDocument NewRow(HallDocument hall, RackDocument rack, int rackCount) => new()
    {
        Id = NextId("row", padded: false),
        Label = string.Create(CultureInfo.InvariantCulture, $"Row {hall.Rows.Count + 1}"),
        Rack = rack.Id,
        RackCount = rackCount,
    };
}
