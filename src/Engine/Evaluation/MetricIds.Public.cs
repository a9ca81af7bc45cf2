namespace Studio.Engine.Evaluation;

/// <summary>
/// The Engine's part of the shared ids: public here, while the browser's copy stays internal so that the Server,
/// which references both assemblies, sees one <see cref="MetricIds"/>. Reflection lives here (IdConstants), not in the shared file.
/// </summary>
public static partial class MetricIds
{
    /// <summary>Every metric id: what a compare request may explain, and what a report carries.</summary>
    public static IReadOnlySet<string> All { get; } = IdConstants.Of(typeof(MetricIds));
}
