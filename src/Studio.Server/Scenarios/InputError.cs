namespace Studio.Server.Scenarios;

/// <summary>One thing wrong with a request, where it is (a JSON path), and what to do about it.</summary>
public sealed record InputError(string Path, string Message);
