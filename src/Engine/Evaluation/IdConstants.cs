using System.Reflection;

namespace Studio.Engine.Evaluation;

/// <summary>Reads an id class's string constants, so its list of every id is the constants themselves, never a copy.</summary>
internal static class IdConstants
{
    public static IReadOnlySet<string> Of(Type ids) => ids
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
