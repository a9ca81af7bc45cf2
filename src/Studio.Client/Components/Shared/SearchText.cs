namespace Studio.Client.Components.Shared;

/// <summary>The search boxes' one rule (palette, saved scenarios): every word typed appears somewhere, in any case.</summary>
public static class SearchText
{
    public static IEnumerable<T> Filter<T>(IEnumerable<T> items, string? query, params Func<T, string?>[] fields)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0
            ? items
            : items.Where(item => words.All(word => fields.Any(field => field(item)?.Contains(word, StringComparison.OrdinalIgnoreCase) == true)));
    }
}
