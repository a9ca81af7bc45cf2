namespace Studio.Engine.Evaluation;

// The browser's part of the Engine's id classes (linked in Studio.Client.csproj). Internal: the Server references both
// the Engine and this assembly, and must see one public MetricIds and one SeriesIds, the Engine's.
internal static partial class MetricIds;

internal static partial class SeriesIds;
