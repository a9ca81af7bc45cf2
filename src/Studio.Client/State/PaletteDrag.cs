namespace Studio.Client.State;

/// <summary>
/// The part being dragged from the palette. HTML5 drag data is not readable from Blazor without JavaScript, and the
/// drag never leaves the page, so the drag source and the drop target share this instead.
/// </summary>
public sealed class PaletteDrag
{
    public string? PartId { get; private set; }

    public void Start(string partId) => PartId = partId;

    public string? Take()
    {
        var id = PartId;
        PartId = null;
        return id;
    }

    public void Cancel() => PartId = null;
}
