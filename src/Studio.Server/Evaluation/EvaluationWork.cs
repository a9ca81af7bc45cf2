using System.Globalization;
using Studio.Engine.Scenarios;

namespace Studio.Server.Evaluation;

/// <summary>
/// What one evaluation asks the engine to do, counted from the mapped scenario before any of it is done. The engine's
/// sweeps (serving configurations, training search, plant hours, Monte Carlo samples) have sizes the server fixes;
/// what a request controls is how many rack designs it analyses, the parts in them, the floor's equipment and
/// connections, and the layout's halls, rows and placed racks. Each counts in <see cref="Units"/>.
/// </summary>
public sealed record EvaluationWork(int RackDesigns, int Parts, int Equipment, int Connections, int Halls, int Rows, long PlacedRacks)
{
    /// <summary>
    /// A rack design is analysed on its own (its NVLink domain, coolant loop and heat balance): in the 400-rack canvas
    /// benchmark (docs/performance.md) the per-design work cost about as much as ten parts' bookkeeping, so it counts ten.
    /// </summary>
    public const int UnitsPerRackDesign = 10;

    /// <summary>
    /// Placed racks cost only the schedule's walk (three passes, a few arithmetic steps each): a hundred of them count
    /// one unit, so the 1 GW factories (5,000–7,000 racks) stay far under the budget while a million racks do not.
    /// </summary>
    public const int PlacedRacksPerUnit = 100;

    public static EvaluationWork None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public long Units =>
        ((long)RackDesigns * UnitsPerRackDesign) + Parts + Equipment + Connections + Halls + Rows
        + ((PlacedRacks + PlacedRacksPerUnit - 1) / PlacedRacksPerUnit);

    public static EvaluationWork Of(Scenario scenario)
    {
        var halls = scenario.Factory.Halls;
        return new(
            scenario.Racks.Count,
            scenario.Racks.Sum(r => r.Parts.Count),
            scenario.Equipment.Count,
            scenario.Connections.Count,
            halls.Count,
            halls.Sum(h => h.Rows.Count),
            halls.Sum(h => h.Rows.Sum(r => (long)r.RackCount)));
    }

    /// <summary>Two evaluations in one request (a comparison): the work of both.</summary>
    public EvaluationWork Plus(EvaluationWork other) => new(
        RackDesigns + other.RackDesigns, Parts + other.Parts, Equipment + other.Equipment, Connections + other.Connections,
        Halls + other.Halls, Rows + other.Rows, PlacedRacks + other.PlacedRacks);

    /// <summary>What the units are made of, for a problem that must say what is too large.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{RackDesigns:N0} rack designs × {UnitsPerRackDesign}, {Parts:N0} parts, {Equipment:N0} floor equipment, {Connections:N0} connections, " +
        $"{Halls:N0} halls, {Rows:N0} rows and {PlacedRacks:N0} placed racks (one unit per {PlacedRacksPerUnit})");
}
