namespace Studio.Contracts.Evaluation;

/// <summary>GET /api/health: the server is up, and where its engine's sweeps run.</summary>
public sealed record HealthDto(string Status, AcceleratorDto Accelerator);

/// <summary>Where the sweeps run: "Cuda", "CPU" (ILGPU's CPU accelerator) or "ParallelLoops".</summary>
public sealed record AcceleratorDto(string Kind, string Name, int Multiprocessors, int MaxThreadsPerGroup, long MemoryBytes);
