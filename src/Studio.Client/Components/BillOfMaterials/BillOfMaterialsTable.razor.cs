using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.BillOfMaterials;

public sealed partial class BillOfMaterialsTable
{
    private static readonly Func<BomLineDto, object> s_byCategory = l => BomCategories.Rank(l.Category);
    private static readonly Func<BomLineDto, object> s_byExtended = l => l.ExtendedUsd;

    /// <summary>The category the table shows, or null for every line.</summary>
    private string? _category;

    [Inject] private StudioFiles Files { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>The report's bill of materials; null when the server priced no factory.</summary>
    [Parameter] public BillOfMaterialsDto? Bill { get; set; }

    /// <summary>The report's <c>economics.capexUsd</c>: the lines must add up to it, and the table says so if they do not.</summary>
    [Parameter] public MetricDto? Capex { get; set; }

    /// <summary>Named in the CSV's file name.</summary>
    [Parameter] public string? ScenarioName { get; set; }

    /// <summary>Why there is nothing to list; the default speaks of a factory with no racks laid out.</summary>
    [Parameter] public string? EmptyReason { get; set; }

    private string EmptyText => EmptyReason
        ?? "No bill of materials: the factory lays out no racks yet. Place a rack design in a row of a hall (the factory view) "
        + "and its racks, mounted parts, CDUs, switches and facility are priced here, adding up to the capex.";

    private IReadOnlyList<string> Categories => BomCategories.InOrder(Bill?.Lines.Select(l => l.Category) ?? []);

    private IEnumerable<BomLineDto> Shown => _category is null ? Bill?.Lines ?? [] : Bill?.Lines.Where(l => l.Category == _category) ?? [];

    /// <summary>A report whose lines do not add up to its capex is a server bug: shown, not hidden.</summary>
    private string? Mismatch => Bill is { } bill && Capex?.Value is { } capex && Math.Abs(capex - bill.TotalUsd) > 0.5
        ? string.Create(CultureInfo.InvariantCulture, $"The lines add up to {Format.Number(bill.TotalUsd)} USD but the capex is {Format.Number(capex)} USD.")
        : null;

    protected override void OnParametersSet()
    {
        // A re-evaluation can drop the category shown (the last switch removed): show everything rather than nothing.
        if (_category is not null && !Categories.Contains(_category))
        {
            _category = null;
        }
    }

    private void Filter(string? category) => _category = category;

    private double Subtotal(string category) => Bill?.Lines.Where(l => l.Category == category).Sum(l => l.ExtendedUsd) ?? 0;

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"168,000,000 USD": the whole dollars behind a rounded "$168 M", for its tooltip.</summary>
    private static string Exact(double usd) => $"{Format.Number(usd)} USD";

    private async Task ExportCsvAsync()
    {
        if (Bill is not { } bill)
        {
            return;
        }

        try
        {
            await Files.SaveTextAsync(BomCsv.FileName(ScenarioName), BomCsv.Build(bill));
        }
        catch (JSException ex)
        {
            Snackbar.Add($"The browser did not save the CSV: {ex.Message}", Severity.Warning);
        }
    }
}
