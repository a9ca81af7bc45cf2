using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Catalog;

namespace Studio.Client.Components.Palette;

public partial class PartPalette
{
    [Inject] private CatalogState Catalog { get; set; } = null!;

    [Inject] private ScenarioEditor Editor { get; set; } = null!;

    [Inject] private PaletteDrag Drag { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>What the search box says: the palette lists only parts whose name, description or generation match.</summary>
    private string? _query;

    private IEnumerable<(string Id, string Name, IReadOnlyList<PartDto> Parts)> Groups =>
        Catalog.Catalog is not { } catalog
            ? []
            : catalog.Generations
                .Select(g => (g.Id, g.Name, Parts: (IReadOnlyList<PartDto>)[.. SearchText.Filter(
                        catalog.Parts.Where(p => p.Generation == g.Id), _query, p => p.Name, p => p.Summary, _ => g.Name)
                    .OrderBy(p => p.PaletteOrder)]))
                .Where(g => g.Parts.Count > 0);

    private static string Meta(PartDto part)
    {
        var place = part.Mounting == "inRack" ? $"{part.HeightU}U" : "floor";
        return part.PowerKw.Value > 0 ? $"{place} · {Format.WithUnit(part.PowerKw.Value, "kW")}" : place;
    }

    /// <summary>Adds without dragging: into the selected rack (or the first), or onto a free spot of the canvas.</summary>
    private void Add(PartDto part)
    {
        EditResult result;
        if (CatalogState.MountsInRack(part))
        {
            var rack = Editor.FindRack(Editor.SelectedId)
                ?? Editor.FindPart(Editor.SelectedId)?.Rack
                ?? Editor.Document.Racks.FirstOrDefault();
            result = rack is null
                ? EditResult.Refused($"Add a rack first: {part.Name} mounts in one.")
                : Editor.AddPart(rack.Id, part.Id);
        }
        else
        {
            var (x, y) = FreeSpot();
            result = Editor.AddToCanvas(part.Id, x, y);
        }

        Snackbar.Add(result.Message, result.Succeeded ? Severity.Normal : Severity.Warning);
    }

    /// <summary>Right of everything on the canvas, so a new node never lands on top of another.</summary>
    private (double X, double Y) FreeSpot()
    {
        var positions = Editor.Document.Racks.Select(r => r.Position)
            .Concat(Editor.Document.Equipment.Select(e => e.Position))
            .OfType<Contracts.Scenarios.CanvasPosition>()
            .ToList();
        return positions.Count == 0 ? (60, 40) : (positions.Max(p => p.X) + 320, 40);
    }
}
