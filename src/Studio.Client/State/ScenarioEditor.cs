using System.Globalization;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>The result of an edit the user asked for: done, or why not, in words to show them.</summary>
public sealed record EditResult(bool Succeeded, string Message, string? Id = null)
{
    public static EditResult Done(string message, string id) => new(true, message, id);

    public static EditResult Refused(string message) => new(false, message);
}

/// <summary>
/// The scenario being designed in this tab, the selection, and undo/redo. Every edit goes through here and raises
/// <see cref="Changed"/> once; the canvas, inspector and evaluation subscribe.
/// </summary>
public sealed partial class ScenarioEditor(CatalogState catalog)
{
    private const int UndoDepth = 100;
    private readonly LinkedList<string> _undo = new();
    private readonly Stack<string> _redo = new();

    public ScenarioDocument Document { get; private set; } = new();

    public string? SelectedId { get; private set; }

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public event Action<ScenarioChange>? Changed;

    /// <summary>
    /// A document was opened (a template, a saved scenario, an import, a new design), after <see cref="Changed"/> has
    /// redrawn it; not raised by undo or redo. The canvas fits the new design in view then, and leaves the view alone
    /// when the user steps through their own edits.
    /// </summary>
    public event Action? Loaded;

    public void Load(ScenarioDocument document)
    {
        Snapshot();
        OpenedRevision = Revision;
        Document = document;
        SelectedId = null;
        Changed?.Invoke(ScenarioChange.Replaced);
        Loaded?.Invoke();
    }

    public void NewEmpty() => Load(new ScenarioDocument { Name = "Untitled design" });

    public bool IsEmpty => Document.Racks.Count == 0 && Document.Equipment.Count == 0;

    public RackDocument? FindRack(string? id) => Document.Racks.FirstOrDefault(r => r.Id == id);

    public EquipmentDocument? FindEquipment(string? id) => Document.Equipment.FirstOrDefault(e => e.Id == id);

    public ConnectionDocument? FindConnection(string? id) => Document.Connections.FirstOrDefault(c => c.Id == id);

    /// <summary>Any placed thing by id: a part in a rack, a rack, or floor equipment.</summary>
    public PlacedDocument? FindItem(string? id) =>
        (PlacedDocument?)FindPart(id)?.Part ?? (PlacedDocument?)FindRack(id) ?? FindEquipment(id);

    public (PartDocument Part, RackDocument Rack)? FindPart(string? id)
    {
        foreach (var rack in Document.Racks)
        {
            var part = rack.Parts.FirstOrDefault(p => p.Id == id);
            if (part is not null)
            {
                return (part, rack);
            }
        }

        return null;
    }

    /// <summary>Adds a rack-mounted part to a rack, at <paramref name="index"/> (top is 0) or at the bottom.</summary>
    public EditResult AddPart(string rackId, string partId, int? index = null)
    {
        var rack = FindRack(rackId);
        var part = catalog.Part(partId);
        if (rack is null || part is null)
        {
            return EditResult.Refused("That rack or part no longer exists.");
        }

        if (!CatalogState.MountsInRack(part))
        {
            return EditResult.Refused($"{part.Name} stands on the floor: drop it on the canvas, not on a rack.");
        }

        Snapshot();
        var placed = new PartDocument { Id = NextId(part.IdPrefix), PartId = part.Id };
        rack.Parts.Insert(Math.Clamp(index ?? rack.Parts.Count, 0, rack.Parts.Count), placed);
        SelectedId = placed.Id;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Added {part.Name} to {rack.Label ?? rack.Id}.", placed.Id);
    }

    /// <summary>Places a rack or floor equipment on the canvas at a canvas point.</summary>
    public EditResult AddToCanvas(string partId, double x, double y)
    {
        var part = catalog.Part(partId);
        if (part is null)
        {
            return EditResult.Refused("That part is not in the catalog.");
        }

        if (CatalogState.MountsInRack(part))
        {
            return EditResult.Refused($"{part.Name} mounts in a rack: drop it onto a rack.");
        }

        Snapshot();
        var position = new CanvasPosition { X = Math.Round(x), Y = Math.Round(y) };
        string id;
        if (CatalogState.IsRack(part))
        {
            var rackId = NextId(part.IdPrefix);
            var rack = new RackDocument { Id = rackId, PartId = part.Id, Position = position, Label = NewRackLabel(rackId) };
            Document.Racks.Add(rack);
            id = rack.Id;
            PlaceFirstDesign(rack);
        }
        else
        {
            var item = new EquipmentDocument { Id = NextId(part.IdPrefix), PartId = part.Id, Position = position };
            Document.Equipment.Add(item);
            id = item.Id;
        }

        SelectedId = id;
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Added {part.Name}.", id);
    }

    /// <summary>
    /// What the studio calls an item wherever it names one (the canvas, the factory, the findings): its label, else the
    /// name the canvas shows for it; a part in a rack goes by its id, which its slot shows beside its name, because
    /// eighteen "Vera Rubin compute tray"s could not be told apart.
    /// </summary>
    public string DisplayName(string id)
    {
        if (FindPart(id) is var (part, _))
        {
            return part.Label ?? part.Id;
        }

        if (FindEquipment(id) is { } item)
        {
            return item.Label ?? catalog.Part(item.PartId)?.Name ?? id;
        }

        if (FindRow(id) is var (row, _))
        {
            return row.Label ?? id;
        }

        return FindRack(id)?.Label ?? FindHall(id)?.Label ?? id;
    }

    /// <summary>
    /// "Rack 3" for rack-03: the number of its id, not the count of racks, which after a deletion or beside a
    /// template's "rack-a1" named a rack "Rack 2" that the findings listed as "rack-01". A label already in use gets
    /// the id after it, so two racks never share a name.
    /// </summary>
    private string NewRackLabel(string id)
    {
        var number = int.Parse(id.AsSpan(id.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        var label = string.Create(CultureInfo.InvariantCulture, $"Rack {number}");
        return Document.Racks.Any(r => r.Label == label) ? $"{label} ({id})" : label;
    }

    /// <summary>Connects a rack to a CDU (coolant) or a switch (network); the equipment decides which.</summary>
    public EditResult Connect(string rackId, string equipmentId)
    {
        var rack = FindRack(rackId);
        var equipment = FindEquipment(equipmentId);
        var part = catalog.Part(equipment?.PartId);
        if (rack is null || equipment is null || part is null)
        {
            return EditResult.Refused("Connect a rack to a CDU or to a switch.");
        }

        var kind = ConnectionKind(part.Category);
        if (kind is null)
        {
            return EditResult.Refused($"{part.Name} takes no connection from a rack.");
        }

        if (Document.Connections.Any(c => c.From == rackId && c.To == equipmentId))
        {
            return EditResult.Refused($"{rack.Label ?? rack.Id} is already connected to {equipment.Label ?? part.Name}.");
        }

        Snapshot();
        var connection = new ConnectionDocument { Id = NextId("c"), Kind = kind, From = rackId, To = equipmentId };
        Document.Connections.Add(connection);
        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Connected {rack.Label ?? rack.Id} to {equipment.Label ?? part.Name} ({kind}).", connection.Id);
    }

    /// <summary>What a rack takes from this kind of floor equipment: coolant from a CDU, network from a switch; else null.</summary>
    private static string? ConnectionKind(string? category) => category switch
    {
        "coolantDistributionUnit" => "coolant",
        "scaleOutSwitch" => "network",
        _ => null,
    };

    /// <summary>
    /// What <paramref name="id"/> could be connected to and is not yet, in document order: the CDUs and switches for a
    /// rack, the racks for a CDU or switch, nothing for anything else. The keyboard's way to connect, without a drag.
    /// </summary>
    public IReadOnlyList<string> ConnectionTargets(string? id)
    {
        if (FindRack(id) is { } rack)
        {
            return [.. Document.Equipment
                .Where(e => ConnectionKind(catalog.Part(e.PartId)?.Category) is not null)
                .Where(e => !Document.Connections.Any(c => c.From == rack.Id && c.To == e.Id))
                .Select(e => e.Id)];
        }

        if (FindEquipment(id) is { } item && ConnectionKind(catalog.Part(item.PartId)?.Category) is not null)
        {
            return [.. Document.Racks
                .Where(r => !Document.Connections.Any(c => c.From == r.Id && c.To == item.Id))
                .Select(r => r.Id)];
        }

        return [];
    }

    /// <summary>
    /// Removes a part, rack design (with its parts, connections and the factory rows placing it), equipment (with its
    /// connections), connection, factory row or hall (with its rows).
    /// </summary>
    public EditResult Remove(string id)
    {
        string? removed = null;
        if (FindPart(id) is var (part, rack))
        {
            Snapshot();
            rack.Parts.Remove(part);
            removed = part.Label ?? catalog.Part(part.PartId)?.Name ?? id;
        }
        else if (FindRack(id) is { } frame)
        {
            Snapshot();
            Document.Racks.Remove(frame);
            Document.Connections.RemoveAll(c => c.From == id);
            var rows = RemoveRowsPlacing(id);
            removed = (frame.Label ?? id) + (rows switch { 0 => "", 1 => " and the factory row placing it", _ => $" and the {rows} factory rows placing it" });
        }
        else if (FindRow(id) is var (row, hall))
        {
            Snapshot();
            hall.Rows.Remove(row);
            removed = row.Label ?? id;
        }
        else if (FindHall(id) is { } wholeHall)
        {
            Snapshot();
            Document.Factory.Halls.Remove(wholeHall);
            removed = (wholeHall.Label ?? id) + (wholeHall.Rows.Count > 0 ? " and its rows" : "");
        }
        else if (FindEquipment(id) is { } item)
        {
            Snapshot();
            Document.Equipment.Remove(item);
            Document.Connections.RemoveAll(c => c.To == id);
            removed = item.Label ?? catalog.Part(item.PartId)?.Name ?? id;
        }
        else if (FindConnection(id) is { } connection)
        {
            Snapshot();
            Document.Connections.Remove(connection);
            removed = "the connection";
        }

        if (removed is null)
        {
            return EditResult.Refused("Nothing to delete.");
        }

        // Deleting a rack deletes its parts (and a hall its rows): a selection inside it goes too.
        if (!Exists(SelectedId))
        {
            SelectedId = null;
        }

        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done($"Deleted {removed}.", id);
    }

    /// <summary>Moves a part to a position in a rack (the same or another); top is 0.</summary>
    public void MovePart(string partId, string rackId, int index)
    {
        var target = FindRack(rackId);
        if (FindPart(partId) is not var (part, source) || target is null)
        {
            return;
        }

        Snapshot();
        source.Parts.Remove(part);
        target.Parts.Insert(Math.Clamp(index, 0, target.Parts.Count), part);
        Changed?.Invoke(ScenarioChange.Design);
    }

    /// <summary>Moves a part up (negative) or down (positive) within its rack.</summary>
    public void MovePartBy(string partId, int delta)
    {
        if (FindPart(partId) is var (part, rack))
        {
            MovePart(partId, rack.Id, rack.Parts.IndexOf(part) + delta);
        }
    }

    public void SetLabel(string id, string? label)
    {
        if (FindItem(id) is not { } item)
        {
            return;
        }

        Snapshot();
        item.Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        Changed?.Invoke(ScenarioChange.Layout);
    }

    /// <summary>Replaces a catalog figure on one placed item; null restores the catalog's value.</summary>
    public void SetSetting(string id, string key, double? value)
    {
        if (FindItem(id) is not { } item)
        {
            return;
        }

        Snapshot();
        item.Settings ??= [];
        if (value is null)
        {
            item.Settings.Remove(key);
        }
        else
        {
            item.Settings[key] = value.Value;
        }

        Changed?.Invoke(ScenarioChange.Design);
    }

    public void MoveNode(string id, double x, double y)
    {
        var position = new CanvasPosition { X = Math.Round(x), Y = Math.Round(y) };
        if (FindRack(id) is { } rack)
        {
            Snapshot();
            rack.Position = position;
        }
        else if (FindEquipment(id) is { } item)
        {
            Snapshot();
            item.Position = position;
        }
        else
        {
            return;
        }

        Changed?.Invoke(ScenarioChange.Layout);
    }

    /// <summary>Edits the scenario's own fields (name, site, workload, factory).</summary>
    public void Edit(Action<ScenarioDocument> change)
    {
        Snapshot();
        change(Document);
        Changed?.Invoke(ScenarioChange.Design);
    }

    public void Select(string? id)
    {
        if (SelectedId == id)
        {
            return;
        }

        SelectedId = id;
        Changed?.Invoke(ScenarioChange.Selection);
    }

    /// <summary>Counts every change of the document (edits, undos, redos, loads): what an offered undo ties itself to.</summary>
    public long Revision { get; private set; }

    /// <summary>The <see cref="Revision"/> of the last document opened: while it is current the user has edited nothing since.</summary>
    public long OpenedRevision { get; private set; }

    /// <summary>
    /// Undoes the edit made at <paramref name="revision"/> only while it is still the latest change, so an "Undo" offered
    /// for one edit (a toast that outlives it) never undoes a later one. Returns whether it undid.
    /// </summary>
    public bool UndoIfLatest(long revision)
    {
        if (Revision != revision || !CanUndo)
        {
            return false;
        }

        Undo();
        return true;
    }

    public void Undo()
    {
        if (_undo.Last is not { } previous)
        {
            return;
        }

        _redo.Push(Serialize());
        _undo.RemoveLast();
        Apply(previous.Value);
    }

    public void Redo()
    {
        if (_redo.Count == 0)
        {
            return;
        }

        _undo.AddLast(Serialize());
        TrimUndo();
        Apply(_redo.Pop());
    }

    private void Apply(string json)
    {
        Revision++;
        Document = JsonSerializer.Deserialize(json, StudioJsonContext.Default.ScenarioDocument)!;
        if (!Exists(SelectedId))
        {
            SelectedId = null;
        }

        Changed?.Invoke(ScenarioChange.Replaced);
    }

    private void Snapshot()
    {
        Revision++;
        _undo.AddLast(Serialize());
        TrimUndo();
        _redo.Clear();
    }

    private void TrimUndo()
    {
        while (_undo.Count > UndoDepth)
        {
            _undo.RemoveFirst();
        }
    }

    private string Serialize() => JsonSerializer.Serialize(Document, StudioJsonContext.Default.ScenarioDocument);

    /// <summary>Whether an id names anything the selection can hold: a placed item, a connection, a hall or a row.</summary>
    private bool Exists(string? id) =>
        FindItem(id) is not null || FindConnection(id) is not null || FindHall(id) is not null || FindRow(id) is not null;

    /// <summary>
    /// The next free id with a prefix: ct-19 after ct-18. Ids stay stable; numbers are never reused while in use.
    /// Unpadded ids ("hall-2") match the templates' factory ids; canvas ids keep two digits ("ct-03").
    /// </summary>
    private string NextId(string prefix, bool padded = true)
    {
        var used = Document.Racks.Select(r => r.Id)
            .Concat(Document.Racks.SelectMany(r => r.Parts).Select(p => p.Id))
            .Concat(Document.Equipment.Select(e => e.Id))
            .Concat(Document.Connections.Select(c => c.Id))
            .Concat(Document.Factory.Halls.Select(h => h.Id))
            .Concat(Document.Factory.Halls.SelectMany(h => h.Rows).Select(r => r.Id))
            .ToHashSet(StringComparer.Ordinal);
        var highest = used
            .Where(id => id.StartsWith(prefix + "-", StringComparison.Ordinal))
            .Select(id => int.TryParse(id.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        var next = highest + 1;
        string candidate;
        do
        {
            candidate = padded
                ? string.Create(CultureInfo.InvariantCulture, $"{prefix}-{next++:00}")
                : string.Create(CultureInfo.InvariantCulture, $"{prefix}-{next++}");
        }
        while (used.Contains(candidate));

        return candidate;
    }
}
