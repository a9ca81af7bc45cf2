using System.Globalization;
using System.Net;

namespace Studio.LoadTest;

/// <summary>What to run: where, for how long, how many workers, and how many of their requests are saves.</summary>
public sealed record LoadTestOptions
{
    public Uri BaseAddress { get; init; } = new("http://127.0.0.1:5180/");

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public int Concurrency { get; init; } = 8;

    /// <summary>The share of requests that save a new version; the rest evaluate.</summary>
    public double SaveFraction { get; init; } = 0.2;

    public string Template { get; init; } = "vera-rubin-nvl72";

    /// <summary>No single request may take longer than this; one that does counts as an error.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public const string Usage = """
        Usage: dotnet run --project tools/Studio.LoadTest -c Release -- [options]
          --url URL            the studio on this machine (default http://127.0.0.1:5180); loopback only
          --duration SECONDS   how long to drive load (default 60, at most 600)
          --concurrency N      concurrent workers (default 8, at most 256)
          --saves FRACTION     share of requests that save a version, 0 to 1 (default 0.2)
          --template ID        the reference design each request starts from (default vera-rubin-nvl72)
        """;

    /// <summary>Reads the command line; an error message when an option is wrong.</summary>
    public static (LoadTestOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new LoadTestOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return (null, Usage);
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value.\n{Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--url" when Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url):
                    options = options with { BaseAddress = url };
                    break;
                case "--duration" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600:
                    options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--concurrency" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers is >= 1 and <= 256:
                    options = options with { Concurrency = workers };
                    break;
                case "--saves" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1:
                    options = options with { SaveFraction = share };
                    break;
                case "--template" when value.Length > 0:
                    options = options with { Template = value };
                    break;
                default:
                    return (null, $"{name} {value}: not an option this tool takes, or a value out of range.\n{Usage}");
            }
        }

        return IsLoopback(options.BaseAddress)
            ? (options, null)
            : (null, $"{options.BaseAddress} is not on this machine. The load test only drives a server on loopback (127.0.0.0/8, ::1, localhost).");
    }

    /// <summary>Load goes only to this machine: a typo must never aim it at someone else's server.</summary>
    public static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
