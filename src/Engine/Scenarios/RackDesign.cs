using Studio.Engine.Catalog;

namespace Studio.Engine.Scenarios;

/// <summary>A rack on the canvas and the parts mounted in it, listed top to bottom.</summary>
public sealed record RackDesign(PlacedPart Frame, IReadOnlyList<PlacedPart> Parts)
{
    public string Id => Frame.Id;

    public string Label => Frame.Label;

    public RackSpec Spec => (RackSpec)Frame.Spec;

    public IEnumerable<(PlacedPart Part, T Spec)> PartsOf<T>()
        where T : PartSpec
    {
        foreach (var part in Parts)
        {
            if (part.Spec is T spec)
            {
                yield return (part, spec);
            }
        }
    }
}
