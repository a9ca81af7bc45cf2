using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Client.Components.Shared;
using Studio.Client.State;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Power;

public sealed partial class PowerTrainInspector
{
    /// <summary>The selects' key for "left out": MudSelect needs a non-null value to show the default's item.</summary>
    private const string Default = "";

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private PowerDocument? Plan => Editor.Document.Power;

    private bool Generators => Plan?.Generators ?? ScenarioEditor.DefaultGenerators;

    /// <summary>The train as the last report built it; null until the server fills it (or while the factory draws nothing).</summary>
    private PowerTrainDto? Built => Evaluation.Report?.PowerTrain;

    /// <summary>The power train's findings: the server files them under power (power.*, powerTrain.*).</summary>
    private IReadOnlyList<DiagnosticDto> Findings =>
        [.. Evaluation.Report?.Diagnostics.Where(d => d.Code.StartsWith("power", StringComparison.Ordinal)) ?? []];

    private static string? OrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The field has already checked the value is whole and in range: this only changes its type.</summary>
    private static int? AsInt(double? value) => value is { } given ? (int)given : null;

    private static string Percent(double fraction) => Format.WithUnit(fraction, "fraction");

    /// <summary>"$27.3 M": the studio's money, three digits and a scale.</summary>
    private static string Money(double usd) => Format.Money(usd);

    private void Report(EditResult result)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Warning);
        }
    }
}
