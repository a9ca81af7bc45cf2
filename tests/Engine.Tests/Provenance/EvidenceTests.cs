using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Provenance;

public sealed class EvidenceTests
{
    [Fact]
    public void DerivedFrom_VendorAndEstimateInputs_BasisIsEstimate()
    {
        var evidence = Evidence.DerivedFrom("sum", [Evidence.Vendor("S5"), Evidence.Estimate("rack estimate", "S17")]);

        Assert.Equal(EvidenceKind.Derived, evidence.Kind);
        Assert.Equal(EvidenceKind.Estimate, evidence.Basis);
        Assert.Equal(EvidenceKind.Estimate, evidence.Strength);
    }

    [Fact]
    public void DerivedFrom_OnlyVendorInputs_BasisIsVendor()
    {
        var evidence = Evidence.DerivedFrom("72 × 3.6 TB/s", [Evidence.Vendor("S5"), Evidence.Vendor("S1")]);

        Assert.Equal(EvidenceKind.Vendor, evidence.Basis);
    }

    [Fact]
    public void DerivedFrom_InputDerivedFromVendorFigures_CountsItsBasisNotItsKind()
    {
        // A derived input whose basis is Vendor is as strong as a vendor figure: the result stays Vendor-based.
        var derivedFromVendor = Evidence.DerivedFrom("72 × 1.8 TB/s", [Evidence.Vendor("S1")]);

        var evidence = Evidence.DerivedFrom("share", [derivedFromVendor, Evidence.Vendor("S3")]);

        Assert.Equal(EvidenceKind.Vendor, evidence.Basis);
    }

    [Fact]
    public void DerivedFrom_UserInput_BasisIsUser()
    {
        // A user's number is the weakest kind: nothing published stands behind it.
        var evidence = Evidence.DerivedFrom("power", [Evidence.Vendor("S5"), Evidence.Estimate("e", "S17"), Evidence.User("GPU power limit")]);

        Assert.Equal(EvidenceKind.User, evidence.Basis);
    }

    [Fact]
    public void DerivedFrom_OverlappingSources_SourcesAreTheSortedUnion()
    {
        var evidence = Evidence.DerivedFrom("sum",
            [Evidence.Vendor("S5", "S1"), Evidence.Estimate("e", "S1", "X2"), Evidence.User("user value")]);

        Assert.Equal(["S1", "S5", "X2"], evidence.SourceIds);
    }

    [Fact]
    public void DerivedFrom_NoInputs_BasisIsDerivedAndNoSources()
    {
        var evidence = Evidence.DerivedFrom("count", []);

        Assert.Equal(EvidenceKind.Derived, evidence.Basis);
        Assert.Empty(evidence.SourceIds);
    }

    [Fact]
    public void Strength_NonDerivedEvidence_IsItsKind()
    {
        Assert.Equal(EvidenceKind.Vendor, Evidence.Vendor("S1").Strength);
        Assert.Equal(EvidenceKind.User, Evidence.User("mine").Strength);
    }
}
