namespace Studio.Engine.Provenance;

/// <summary>
/// A catalog number: its value and range, its unit, and where it comes from. Every number the studio shows traces
/// back to figures like this one.
/// </summary>
public sealed record Figure(Band Band, string Unit, Evidence Evidence)
{
    public double Value => Band.Value;

    public double Low => Band.Low;

    public double High => Band.High;

    /// <summary>A vendor specification with no published spread.</summary>
    public static Figure Vendor(double value, string unit, params string[] sourceIds) =>
        new(Band.Exact(value), unit, Evidence.Vendor(sourceIds));

    /// <summary>A vendor figure where sources or tables disagree: the range says by how much.</summary>
    public static Figure VendorRange(double value, double low, double high, string unit, string note, params string[] sourceIds) =>
        new(new Band(value, low, high), unit, new Evidence(EvidenceKind.Vendor, sourceIds, note));

    public static Figure Estimate(double value, double low, double high, string unit, string note, params string[] sourceIds) =>
        new(new Band(value, low, high), unit, Evidence.Estimate(note, sourceIds));

    public static Figure User(double value, string unit, string note) =>
        new(Band.Exact(value), unit, Evidence.User(note));

    /// <summary>A figure computed from others, carrying their sources and their weakest kind.</summary>
    public static Figure Derived(Band band, string unit, string note, params Figure[] inputs) =>
        new(band, unit, Evidence.DerivedFrom(note, inputs.Select(f => f.Evidence)));
}
