namespace Studio.Contracts.Evaluation;

/// <summary>GET /api/health: the server is up, and where its engine computes (null: parallel loops, no accelerator).</summary>
public sealed record HealthDto(string Status, AcceleratorDto? Accelerator);

/// <summary>The device the engine's kernels run on: "Cuda" or "CPU".</summary>
public sealed record AcceleratorDto(string Kind, string Name, int Multiprocessors, int MaxThreadsPerGroup, long MemoryBytes);
