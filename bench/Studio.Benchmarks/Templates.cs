namespace Studio.Benchmarks;

/// <summary>The scenario documents in samples/ (copied beside the server, and from there beside this program).</summary>
public static class Templates
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Template file names without the extension, in a stable order.</summary>
    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".json"));
}
