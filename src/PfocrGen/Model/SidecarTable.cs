namespace PfocrGen.Model;

/// <summary>A <c>&lt;figid&gt;-genes.tsv</c>, <c>-chemicals.tsv</c> or <c>-diseases.tsv</c> table, read by header name.</summary>
internal sealed record SidecarTable(
    string Path,
    string FigureId,
    EntityKind Kind,
    EquatableArray<GeneMention> Genes,
    EquatableArray<EntityMention> Entities);
