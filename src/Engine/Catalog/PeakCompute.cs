using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>
/// Peak throughput of one GPU in one precision. Dense is the figure to compare across generations; the headline is
/// what the vendor advertises (2:4 sparsity for Blackwell, Transformer Engine adaptive compression for Rubin's NVFP4
/// inference figure). Both are kept, so no comparison silently mixes them.
/// </summary>
/// <param name="DensePflops">Dense peak, PFLOPS.</param>
/// <param name="HeadlinePflops">The advertised peak, PFLOPS; equal to dense where the vendor quotes dense.</param>
/// <param name="HeadlineBasis">What the headline assumes ("dense", "2:4 sparsity", ...).</param>
public sealed record PeakCompute(Figure DensePflops, Figure HeadlinePflops, string HeadlineBasis)
{
    public static PeakCompute DenseOnly(Figure dense) => new(dense, dense, "dense");
}
