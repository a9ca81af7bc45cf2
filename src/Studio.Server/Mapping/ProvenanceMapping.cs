using Studio.Contracts.Catalog;
using Studio.Engine.Provenance;

namespace Studio.Server.Mapping;

/// <summary>Engine figures and evidence to their wire form.</summary>
internal static class ProvenanceMapping
{
    public static ProvenanceDto ToDto(this Evidence evidence) =>
        new(Name(evidence.Kind), evidence.Basis is { } basis ? Name(basis) : null, evidence.SourceIds, evidence.Note);

    public static FigureDto ToDto(this Figure figure) =>
        new(figure.Value, figure.Low, figure.High, figure.Unit, figure.Evidence.ToDto());

    public static SourceDto ToDto(this Source source) => new(source.Id, source.Title, source.Location);

    public static string Name(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Vendor => "vendor",
        EvidenceKind.Estimate => "estimate",
        EvidenceKind.Derived => "derived",
        EvidenceKind.User => "user",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>camelCase of an enum member, the wire's spelling for categories and generations.</summary>
    public static string CamelCase<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
