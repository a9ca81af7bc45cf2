using System.Reflection;

namespace Studio.Engine.Evaluation;

/// <summary>The Engine's part of the shared series ids: public here, internal in the browser (see <see cref="MetricIds"/>).</summary>
public static partial class SeriesIds
{
    /// <summary>Every series id: the curves the reports of the reference designs carry between them.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(SeriesIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
