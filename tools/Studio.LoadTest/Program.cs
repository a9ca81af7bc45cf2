using Studio.LoadTest;

var (options, error) = LoadTestOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(error);
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

try
{
    var report = await LoadRunner.RunAsync(options, Console.Out);
    Console.WriteLine();
    Console.WriteLine(report.ToMarkdown());
    // Non-zero when anything failed, so a script running the load test notices.
    return report.Errors == 0 ? 0 : 1;
}
catch (HttpRequestException ex)
{
    await Console.Error.WriteLineAsync($"Could not reach the studio at {options.BaseAddress} ({ex.Message}). Start it first: dotnet run --project src/Studio.Server -c Release");
    return 2;
}
