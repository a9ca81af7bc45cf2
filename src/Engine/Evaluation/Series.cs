namespace Studio.Engine.Evaluation;

/// <summary>A curve for the charts: points in the units its axes name.</summary>
/// <param name="Id">Stable id (see <see cref="SeriesIds"/>), like metric ids.</param>
public sealed record Series(string Id, string Label, string XLabel, string XUnit, string YLabel, string YUnit, IReadOnlyList<SeriesPoint> Points);

public readonly record struct SeriesPoint(double X, double Y);
