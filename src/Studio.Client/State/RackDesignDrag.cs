namespace Studio.Client.State;

/// <summary>
/// The rack design being dragged from the factory's design list onto a hall or a row. Like <see cref="PaletteDrag"/>,
/// it stands in for HTML5 drag data, which Blazor cannot read without JavaScript.
/// </summary>
public sealed class RackDesignDrag
{
    public string? RackId { get; private set; }

    public void Start(string rackId) => RackId = rackId;

    public string? Take()
    {
        var id = RackId;
        RackId = null;
        return id;
    }

    public void Cancel() => RackId = null;
}
