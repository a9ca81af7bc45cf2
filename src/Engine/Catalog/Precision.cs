namespace Studio.Engine.Catalog;

/// <summary>Number formats whose peak throughput the catalog records.</summary>
public enum Precision
{
    Nvfp4,
    Fp8,
    Bf16,
}
