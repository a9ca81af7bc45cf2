namespace Studio.Engine.Evaluation;

/// <summary>The Engine's part of the shared series ids: public here, internal in the browser (see <see cref="MetricIds"/>).</summary>
public static partial class SeriesIds
{
    /// <summary>Every series id: the curves the reports of the reference designs carry between them.</summary>
    public static IReadOnlySet<string> All { get; } = IdConstants.Of(typeof(SeriesIds));
}
