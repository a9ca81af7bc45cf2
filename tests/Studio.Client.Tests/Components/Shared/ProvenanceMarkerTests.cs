using Bunit;
using Studio.Client.Components.Shared;
using Studio.Client.Tests.Support;
using Studio.Contracts.Catalog;

namespace Studio.Client.Tests.Components.Shared;

public sealed class ProvenanceMarkerTests : StudioTestContext
{
    [Fact]
    public void Render_VendorFigure_IsNotATabStopAndItsNameCarriesTheNote()
    {
        var cut = Ctx.Render<ProvenanceMarker>(p => p.Add(m => m.Provenance, new ProvenanceDto("vendor", null, [], "Per tray, at the wall.")));

        var badge = cut.Find(".provenance");
        Assert.False(badge.HasAttribute("tabindex"));
        Assert.Equal("img", badge.GetAttribute("role"));
        Assert.EndsWith("Per tray, at the wall.", badge.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("V", badge.TextContent);
    }
}
