using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;
using Studio.Client.State;

namespace Studio.Client.Components.Charts;

public sealed partial class ChartCard
{
    private PlotlyChart? _chart;
    private List<ITrace> _data = [];
    private PlotlyLayout _layout = new();
    private Config _config = new();
    private ChartFigure? _shown;

    /// <summary>A new figure arrived after the first plot: Plotly redraws only when asked (React), after this render.</summary>
    private bool _redraw;

    [Inject] private StudioFiles Files { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>What to draw. A new instance redraws the chart; the same instance again does nothing.</summary>
    [Parameter, EditorRequired] public ChartFigure Figure { get; set; } = null!;

    /// <summary>Named in the CSV's file name, so two downloads against different baselines do not overwrite each other.</summary>
    [Parameter] public string BaselineName { get; set; } = "baseline";

    /// <summary>Controls that belong to this chart (the waterfall's metric picker), shown beside its title.</summary>
    [Parameter] public RenderFragment? HeaderContent { get; set; }

    /// <summary>The Plotly element's id: browser tests and the PNG export find the chart by it.</summary>
    public string ElementId => $"chart-{Figure.Id}";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Figure, _shown))
        {
            return;
        }

        _redraw = _shown is not null;
        _shown = Figure;
        // New instances: PlotlyChart keeps whatever it was given last, and React() draws exactly that.
        _data = PlotlyFigures.Traces(Figure);
        _layout = PlotlyFigures.Layout(Figure);
        _config = PlotlyFigures.Config();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_redraw && _chart is not null)
        {
            _redraw = false;
            await _chart.React();
        }
    }

    /// <summary>"frontier-vs-gb200-nvl72.png": named like the CSV, so the two files of one chart sort together.</summary>
    private string PngName => Path.ChangeExtension(ChartCsv.FileName(Figure, BaselineName), null);

    private async Task DownloadPngAsync()
    {
        try
        {
            if (!await Files.SaveChartPngAsync(ElementId, PngName, $"{Figure.Title} (vs {BaselineName})", PlotlyFigures.Export))
            {
                Snackbar.Add("The chart is not drawn yet; try again in a moment.", Severity.Info);
            }
        }
        catch (JSException ex)
        {
            Snackbar.Add($"The browser did not save the PNG: {ex.Message}", Severity.Warning);
        }
    }

    private async Task DownloadCsvAsync()
    {
        try
        {
            await Files.SaveTextAsync(ChartCsv.FileName(Figure, BaselineName), ChartCsv.Build(Figure));
        }
        catch (JSException ex)
        {
            Snackbar.Add($"The browser did not save the CSV: {ex.Message}", Severity.Warning);
        }
    }
}
