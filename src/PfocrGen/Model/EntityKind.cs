namespace PfocrGen.Model;

/// <summary>Which mention list a sidecar table carries, from its file name (<c>&lt;figid&gt;-genes.tsv</c> …).</summary>
internal enum EntityKind
{
    Genes,
    Chemicals,
    Diseases,
}
