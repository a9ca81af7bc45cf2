using Studio.Validation;

// Usage: dotnet run --project tools/Studio.Validation -c Release -- [output path, default docs/validation.md]
var output = args.Length > 0 ? args[0] : Path.Combine("docs", "validation.md");
var markdown = ValidationDocument.Build();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, markdown);
Console.WriteLine($"Wrote {output}");
