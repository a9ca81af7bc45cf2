using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.State;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Schedule;

public sealed partial class ScheduleInspector
{
    private static readonly string s_defaultStart = ScenarioEditor.DefaultScheduleStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private ScheduleDocument? Plan => Editor.Document.Schedule;

    /// <summary>The calendar as the last report planned it; null until the server fills it.</summary>
    private ScheduleDto? Planned => Evaluation.Report?.Schedule;

    private IReadOnlyList<DiagnosticDto> Findings =>
        [.. Evaluation.Report?.Diagnostics.Where(d => d.Code.StartsWith("schedule", StringComparison.Ordinal)) ?? []];

    /// <summary>What held the first token back, in words.</summary>
    internal static string SetBy(string cause) => cause switch
    {
        "grid" => "the grid's energisation",
        "construction" => "the hall's construction",
        "equipment" => "the power equipment's lead time",
        "racks" => "the rack allocation",
        "integration" => "integration and burn-in",
        _ => cause,
    };

    /// <summary>The field has already checked the value is whole and in range: this only changes its type.</summary>
    private static int? AsInt(double? value) => value is { } given ? (int)given : null;

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }
}
