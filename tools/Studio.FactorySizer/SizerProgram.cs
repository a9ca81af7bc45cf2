namespace Studio.FactorySizer;

/// <summary>
/// Sizes a factory of one rack design to a target facility power and writes it as a scenario document:
/// <code>
/// dotnet run --project tools/Studio.FactorySizer -c Release -- size --from samples/vera-rubin-nvl72.json \
///     --target-mw 1000 --racks-per-row 16 --rows-per-hall 20 --out samples/vera-rubin-factory-1gw.json \
///     --name "Vera Rubin NVL72 factory, 1 GW"
/// </code>
/// It copies everything from the source document (rack design, canvas equipment and connections, site, workload,
/// power, economics, crews) and replaces only the name, the description and the halls. The rack count is found by
/// evaluating the layout on the studio server in process (POST /api/evaluate), so the facility power written into
/// the description is the one the studio reports. <c>report FILE...</c> evaluates documents and prints their layout
/// and power, to check what was written. Not top-level statements: those would declare a global <c>Program</c> that
/// hides the server's, which <see cref="InProcessStudio"/> hosts.
/// </summary>
public static class SizerProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(SizerOptions.Usage);
            return 0;
        }

        await using var studio = new InProcessStudio();
        switch (args[0])
        {
            case "size":
                {
                    var (options, error) = SizerOptions.Parse(args[1..]);
                    if (options is null)
                    {
                        await Console.Error.WriteLineAsync(error + Environment.NewLine + SizerOptions.Usage);
                        return 2;
                    }

                    var sized = await LayoutSizer.SizeAsync(studio, options, Console.Out);
                    await File.WriteAllTextAsync(options.OutputPath, sized.Json);
                    Console.WriteLine($"Wrote {options.OutputPath} ({sized.Json.Length:N0} characters): {sized.Summary}");
                    return 0;
                }

            case "report":
                foreach (var file in args[1..])
                {
                    var outcome = await studio.EvaluateAsync(await File.ReadAllBytesAsync(file));
                    Console.WriteLine($"{Path.GetFileName(file)}: {outcome}");
                }

                return 0;

            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'." + Environment.NewLine + SizerOptions.Usage);
                return 2;
        }
    }
}
