using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Factory;

public sealed partial class RackDesignList
{
    [Inject] private RackDesignDrag Drag { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>"72 GPUs · 190 kW · in 2 rows": what one rack of the design is, and where the factory uses it.</summary>
    private string Meta(RackDocument rack)
    {
        var rows = Editor.RowsPlacing(rack.Id).Count();
        var placed = rows switch
        {
            0 => "in no row",
            1 => "in 1 row",
            _ => string.Create(CultureInfo.InvariantCulture, $"in {rows} rows"),
        };
        return Evaluation.RackSummary(rack.Id) is { } summary
            ? $"{Format.WithUnit(summary.GpuCount, "GPUs")} · {Format.WithUnit(Math.Round(summary.ItPowerKw, 1), "kW")} · {placed}"
            : placed;
    }

    /// <summary>Into the selected hall (or the selected row's), else the first; a factory with no hall gets one.</summary>
    private void AddRow(RackDocument rack)
    {
        var hall = Editor.FindHall(Editor.SelectedId)
            ?? Editor.FindRow(Editor.SelectedId)?.Hall
            ?? Editor.Document.Factory.Halls.FirstOrDefault();
        var result = Editor.AddRow(hall?.Id, rack.Id);
        Snackbar.Add(result.Message, result.Succeeded ? Severity.Normal : Severity.Warning);
    }
}
