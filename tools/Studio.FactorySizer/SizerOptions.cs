using System.Globalization;

namespace Studio.FactorySizer;

/// <summary>What `size` is asked for: the source document, the target facility power and the shape of the layout.</summary>
internal sealed record SizerOptions(
    string SourcePath, double TargetMw, int RacksPerRow, int RowsPerHall, string OutputPath, string? Name, string CduRedundancy, string? ScaleOutSwitch = null)
{
    public const string Usage = """
        Usage:
          size --from SAMPLE.json --target-mw MW --out FILE.json [--racks-per-row 16] [--rows-per-hall 20]
               [--name NAME] [--cdu-redundancy n|n+1|2n] [--scale-out-switch PART-ID]
              Lays out the source document's first rack design in halls of rows and finds the rack count whose
              facility power (power.facilityMw, IT x PUE, as the studio evaluates it) is nearest MW. Rows hold at
              most --racks-per-row racks and halls at most --rows-per-hall rows, spread evenly (rows differ by at
              most one rack, halls by at most one row). --scale-out-switch names the scale-out fabric's switch
              (factory.network.scaleOut.switchPartId) where the rack's own would need more than three tiers.
          report FILE.json...
              Evaluates each document and prints its racks, rows, halls, IT and facility power.
        """;

    public static (SizerOptions? Options, string? Error) Parse(string[] args)
    {
        string? from = null, output = null, name = null, scaleOutSwitch = null;
        double? target = null;
        int racksPerRow = 16, rowsPerHall = 20;
        var redundancy = "n+1";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null)
            {
                return (null, $"{args[i]} needs a value.");
            }

            switch (args[i])
            {
                case "--from": from = value; break;
                case "--out": output = value; break;
                case "--name": name = value; break;
                case "--scale-out-switch": scaleOutSwitch = value; break;
                case "--cdu-redundancy" when value is "n" or "n+1" or "2n": redundancy = value; break;
                case "--target-mw" when double.TryParse(value, CultureInfo.InvariantCulture, out var mw) && mw > 0: target = mw; break;
                case "--racks-per-row" when int.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0: racksPerRow = r; break;
                case "--rows-per-hall" when int.TryParse(value, CultureInfo.InvariantCulture, out var h) && h > 0: rowsPerHall = h; break;
                default: return (null, $"Unknown option or bad value: {args[i]} {value}");
            }

            i++;
        }

        if (from is null || output is null || target is null)
        {
            return (null, "--from, --target-mw and --out are required.");
        }

        return (new SizerOptions(from, target.Value, racksPerRow, rowsPerHall, output, name, redundancy, scaleOutSwitch), null);
    }
}
