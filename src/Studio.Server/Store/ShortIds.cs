using System.Buffers;
using System.Security.Cryptography;

namespace Studio.Server.Store;

/// <summary>
/// Ids for scenarios and links: 12 characters of base62 from a cryptographic random source, so about 71 bits. Short
/// enough to read out, far too many to guess: a link is the only key to a scenario the list does not show.
/// </summary>
public static class ShortIds
{
    public const int Length = 12;

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly SearchValues<char> s_alphabet = SearchValues.Create(Alphabet);

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Whether <paramref name="id"/> could be an id at all: a mistyped or tampered one is told apart from an unknown one.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && !id.AsSpan().ContainsAnyExcept(s_alphabet);
}
