namespace Studio.Engine.Provenance;

/// <summary>A publication a figure is taken from.</summary>
/// <param name="Id">Short id, as used in <c>shared/reference/hardware.md</c> (S1, S5…) or X1… for sources added here.</param>
/// <param name="Title">What the source is.</param>
/// <param name="Location">Where to find it (an address without scheme, as the reference writes it).</param>
public sealed record Source(string Id, string Title, string Location);
