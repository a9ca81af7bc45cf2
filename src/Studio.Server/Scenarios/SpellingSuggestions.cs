namespace Studio.Server.Scenarios;

/// <summary>"Did you mean …?" for ids: the known ids within a few edits of what was typed.</summary>
internal static class SpellingSuggestions
{
    /// <summary>Up to three candidates closest to <paramref name="typed"/>, nearest first; none if nothing is close.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates)
    {
        // A third of the length, at least 2: "vr.compute-tary" (two edits) finds its id; "x" suggests nothing.
        var allowed = Math.Max(2, typed.Length / 3);
        return [.. candidates
            .Select(c => (Id: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Id)];
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps each cost 1.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 16)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
