using System.Globalization;
using Studio.Engine.Models.Facility;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Power;

/// <summary>
/// Sizes the power train from the utility to the racks' busbars: each block from the load it carries, its units from
/// their rating and the block's redundancy, its losses from the efficiencies of the blocks in series. A synchronised
/// training step swings the IT load above its nominal; the racks' energy storage flattens the swing for the whole
/// train, a site BESS only for the grid.
/// </summary>
public static class PowerTrainModel
{
    /// <summary>The plan's feed, or 415 VAC, the Blackwell reference designs' feed.</summary>
    public static RackFeed FeedOf(PowerPlan plan) => plan.Train.Feed ?? RackFeed.Ac415;

    /// <summary>
    /// The blocks in series between the grid and the busbars. 800 VDC replaces the UPS's double conversion and the
    /// MV/LV transformer with one MV-to-DC conversion, its batteries floating on the DC bus (X36).
    /// </summary>
    public static IReadOnlyList<PowerBlockSpec> Chain(RackFeed feed) =>
        [PowerTrainDefaults.Substation, PowerTrainDefaults.MediumVoltage, PowerTrainDefaults.UpsOf(feed), PowerTrainDefaults.RackFeedOf(feed)];

    /// <summary>
    /// Energy lost between the grid and the busbars per unit of IT energy: 1 / Π efficiency − 1 over the feed's chain;
    /// the scenario's fraction, exact, when it gives one.
    /// </summary>
    public static Figure LossFraction(PowerPlan plan)
    {
        if (plan.DistributionLossFraction is { } user)
        {
            return Figure.User(user, "fraction", "distribution losses given in the scenario");
        }

        var feed = FeedOf(plan);
        var chain = Chain(feed);
        var through = Band.Exact(1);
        foreach (var block in chain)
        {
            through *= block.Efficiency.Band;
        }

        var efficiencies = string.Join(" × ", chain.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Efficiency.Value:0.###} {b.Name}")));
        return Figure.Derived((1 / through) - Band.Exact(1), "fraction",
            $"1 / ({efficiencies}) − 1 for the {Describe(feed)} chain", [.. chain.Select(b => b.Efficiency)]);
    }

    /// <summary>
    /// Units a block buys for its redundancy: N; N+1; 2N; distributed redundant ⌈4N/3⌉ (blocks of four share the load
    /// of three, so any one may fail). A block whose load needs no unit buys none.
    /// </summary>
    public static int UnitsFor(ElectricalRedundancy redundancy, int needed) => needed <= 0 ? 0 : redundancy switch
    {
        ElectricalRedundancy.N => needed,
        ElectricalRedundancy.NPlusOne => needed + 1,
        ElectricalRedundancy.TwoN => 2 * needed,
        ElectricalRedundancy.DistributedRedundant => ((4 * needed) + 2) / 3,
        _ => throw new ArgumentOutOfRangeException(nameof(redundancy), redundancy, null),
    };

    /// <summary>N: the fewest units of this rating that carry the load.</summary>
    public static int UnitsNeeded(double loadMw, double unitMw) =>
        loadMw <= 0 ? 0 : (int)Math.Ceiling((loadMw / unitMw) - 1e-9);

    /// <summary>The train for a factory as the facility model ran it; null when the factory draws nothing.</summary>
    public static PowerTrainResult? Size(PowerPlan plan, Workload workload, FacilityResult facility) =>
        Size(plan, facility.ItMw, facility.PeakFacilityMw, workload.Training is not null);

    /// <param name="itMw">The factory's IT load at its nominal draw.</param>
    /// <param name="peakFacilityMw">The facility's highest steady draw (the hottest hour), before any training swing.</param>
    /// <param name="training">Whether the workload trains, so that its steps swing the IT load in unison.</param>
    public static PowerTrainResult? Size(PowerPlan plan, Figure itMw, Figure peakFacilityMw, bool training)
    {
        if (itMw.Value <= 0)
        {
            return null;
        }

        var train = plan.Train;
        var feed = FeedOf(plan);
        var excess = SwingAboveNominal(plan, itMw, training);
        var itPeak = Figure.Derived(itMw.Band + excess.Band, "MW",
            string.Create(CultureInfo.InvariantCulture, $"{itMw.Value:0.###} MW IT + {excess.Value:0.###} MW training swing"), itMw, excess);
        var transient = Figure.Derived(peakFacilityMw.Band + excess.Band, "MW",
            string.Create(CultureInfo.InvariantCulture, $"{peakFacilityMw.Value:0.###} MW facility peak + {excess.Value:0.###} MW training swing"),
            peakFacilityMw, excess);
        var gridPeak = train.Bess
            ? Figure.Derived(peakFacilityMw.Band, "MW", "facility peak: the BESS carries the training swing", peakFacilityMw)
            : Figure.Derived(transient.Band, "MW", "the train's transient peak: nothing on site absorbs the swing", transient);
        var interconnect = train.GridInterconnectMw is { } firm
            ? Figure.User(firm, "MW", "the utility's firm capacity given in the scenario")
            : Figure.Derived(gridPeak.Band, "MW", "sized to the grid peak", gridPeak);

        var blocks = new List<PowerBlock>
        {
            // The substation carries what comes from the grid; a BESS on the MV bus relieves it, not the MV below.
            Block(PowerBlockKind.Substation, PowerTrainDefaults.Substation, gridPeak, "the grid peak", train.TransformerRedundancy, train.TransformerCount),
            Block(PowerBlockKind.MediumVoltage, PowerTrainDefaults.MediumVoltage, transient, "the facility's transient peak", train.TransformerRedundancy, null),
        };
        if (train.Generators)
        {
            // On generators the BESS still carries the swing, which diesel sets follow badly (S20).
            var backed = train.Bess ? peakFacilityMw : transient;
            blocks.Add(Block(PowerBlockKind.Generators, PowerTrainDefaults.Generator, backed,
                train.Bess ? "the facility peak" : "the facility's transient peak", train.GeneratorRedundancy, train.GeneratorCount));
        }

        // The UPS and the rack feed carry the IT load and its swing; the cooling plant rides on the generators alone.
        blocks.Add(Block(PowerBlockKind.Ups, PowerTrainDefaults.UpsOf(feed), itPeak, "the IT peak", train.UpsRedundancy, train.UpsModuleCount));
        if (train.Bess)
        {
            blocks.Add(BessBlock(excess));
        }

        // Rack-feed transformers belong to the UPS's blocks (each distributed-redundant block has its own), so they share its redundancy.
        blocks.Add(Block(PowerBlockKind.RackFeed, PowerTrainDefaults.RackFeedOf(feed), itPeak, "the IT peak", train.UpsRedundancy, null));

        var capex = FigureSum.Of("USD", blocks.Select(b => new SumTerm(b.Name, b.CapexUsd)));
        return new PowerTrainResult(feed, blocks, LossFraction(plan), transient, gridPeak, interconnect, capex, LongestLead(blocks));
    }

    /// <summary>
    /// The IT load a synchronised step adds above nominal, after the racks' energy storage (when the plan has it) cuts
    /// the peak by its fraction (S20), never below the nominal draw. It rises with the load and the swing and falls with
    /// the smoothing, so its ends are taken at the inputs' ends rather than by interval arithmetic (the load appears twice).
    /// </summary>
    private static Figure SwingAboveNominal(PowerPlan plan, Figure itMw, bool training)
    {
        if (!training)
        {
            return Figure.Derived(Band.Zero, "MW", "serving: requests are not synchronised, so the load does not swing in step", itMw);
        }

        var swing = PowerTrainDefaults.TrainingSwingFraction;
        if (!plan.PeakSmoothing)
        {
            return Figure.Derived(itMw.Band * swing.Band, "MW",
                string.Create(CultureInfo.InvariantCulture, $"{itMw.Value:0.###} MW IT × {swing.Value:0.##} training swing"), itMw, swing);
        }

        var smoothing = FacilityDefaults.PeakSmoothingFraction;
        static double Excess(double it, double s, double cut) => it * Math.Max(0, ((1 + s) * (1 - cut)) - 1);
        var band = new Band(Excess(itMw.Value, swing.Value, smoothing.Value), Excess(itMw.Low, swing.Low, smoothing.High),
            Excess(itMw.High, swing.High, smoothing.Low));
        return Figure.Derived(band, "MW",
            string.Create(CultureInfo.InvariantCulture,
                $"max(0, {itMw.Value:0.###} MW IT × (1 + {swing.Value:0.##} swing) × (1 − {smoothing.Value:0.##} smoothed by the racks' storage) − {itMw.Value:0.###} MW)"),
            itMw, swing, smoothing);
    }

    private static PowerBlock Block(PowerBlockKind kind, PowerBlockSpec spec, Figure load, string carries, ElectricalRedundancy redundancy, int? placed)
    {
        var unit = spec.UnitMw.Value;
        var needed = UnitsNeeded(load.Value, unit);
        var sized = UnitsFor(redundancy, needed);
        var units = placed ?? sized;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"carries {carries}, {load.Value:0.###} MW: N = ⌈{load.Value:0.###} / {unit:0.###} MW⌉ = {needed}; {Describe(redundancy)} → {sized}");
        if (placed is { } count)
        {
            note += string.Create(CultureInfo.InvariantCulture, $"; the plan places {count}");
        }

        return Built(kind, spec, redundancy, needed, units, placed is not null, note, load);
    }

    private static PowerBlock BessBlock(Figure excess)
    {
        var spec = PowerTrainDefaults.Bess;
        var needed = UnitsNeeded(excess.Value, spec.UnitMw.Value);
        var minutes = PowerTrainDefaults.BessRideThroughMinutes;
        var energy = Figure.Derived(excess.Band * minutes.Band / 60, "MWh",
            string.Create(CultureInfo.InvariantCulture, $"{excess.Value:0.###} MW swing × {minutes.Value:0} min ride-through"), excess, minutes);
        var block = Built(PowerBlockKind.Bess, spec, ElectricalRedundancy.N, needed, needed, false,
            needed == 0
                ? "no training swing to absorb: nothing bought"
                : string.Create(CultureInfo.InvariantCulture,
                    $"carries the training swing, {excess.Value:0.###} MW: N = ⌈{excess.Value:0.###} / {spec.UnitMw.Value:0.###} MW⌉ = {needed}; {energy.Value:0.###} MWh for {minutes.Value:0} min"),
            excess);
        var energyCapex = Figure.Derived(needed == 0 ? Band.Zero : energy.Band * PowerTrainDefaults.BessUsdPerMwh.Band, "USD",
            string.Create(CultureInfo.InvariantCulture, $"{energy.Value:0.###} MWh × {PowerTrainDefaults.BessUsdPerMwh.Value:N0} USD/MWh"),
            energy, PowerTrainDefaults.BessUsdPerMwh);
        var capex = FigureSum.Of("USD", [new SumTerm("BESS inverters", block.CapexUsd), new SumTerm("BESS energy", energyCapex)]);
        return block with { CapexUsd = capex };
    }

    private static PowerBlock Built(PowerBlockKind kind, PowerBlockSpec spec, ElectricalRedundancy redundancy, int needed, int units, bool placed,
        string note, Figure load)
    {
        var ratedMw = units * spec.UnitMw.Value;
        var capex = Figure.Derived(spec.UsdPerMw.Band * ratedMw, "USD",
            string.Create(CultureInfo.InvariantCulture, $"{units} × {spec.UnitMw.Value:0.###} MW × {spec.UsdPerMw.Value:N0} USD/MW"),
            spec.UsdPerMw, load);
        var footprint = Figure.Derived(spec.FootprintM2.Band * units, "m²",
            string.Create(CultureInfo.InvariantCulture, $"{units} × {spec.FootprintM2.Value:N0} m²"), spec.FootprintM2);
        return new PowerBlock(kind, spec.Name, redundancy, spec.UnitMw, needed, units, placed, spec.Efficiency, capex, spec.LeadTimeWeeks, footprint, note);
    }

    /// <summary>The block that arrives last sets when the first hall can be energised; blocks with nothing bought wait for nothing.</summary>
    private static Figure LongestLead(IReadOnlyList<PowerBlock> blocks)
    {
        var bought = blocks.Where(b => b.Units > 0).ToList();
        if (bought.Count == 0)
        {
            return Figure.Derived(Band.Zero, "weeks", "nothing bought");
        }

        var band = bought.Select(b => b.LeadTimeWeeks.Band).Aggregate(Band.Maximum);
        var longest = bought.MaxBy(b => b.LeadTimeWeeks.Value)!;
        return Figure.Derived(band, "weeks",
            string.Create(CultureInfo.InvariantCulture, $"longest of the blocks bought: {longest.Name}, {longest.LeadTimeWeeks.Value:0} weeks"),
            [.. bought.Select(b => b.LeadTimeWeeks)]);
    }

    private static string Describe(RackFeed feed) => feed switch
    {
        RackFeed.Ac415 => "415 VAC",
        RackFeed.Ac480 => "480 VAC",
        RackFeed.Dc800 => "800 VDC",
        _ => feed.ToString(),
    };

    /// <summary>The block's id in findings and the bill of materials: power.substation, power.rackFeed…</summary>
    public static string ItemId(PowerBlockKind kind)
    {
        var name = kind.ToString();
        return string.Concat("power.", char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    public static string Describe(ElectricalRedundancy redundancy) => redundancy switch
    {
        ElectricalRedundancy.N => "N",
        ElectricalRedundancy.NPlusOne => "N+1",
        ElectricalRedundancy.TwoN => "2N",
        ElectricalRedundancy.DistributedRedundant => "distributed redundant ⌈4N/3⌉",
        _ => redundancy.ToString(),
    };
}
