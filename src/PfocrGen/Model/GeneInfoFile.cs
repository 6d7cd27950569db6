namespace PfocrGen.Model;

/// <summary>
/// One NCBI <c>gene_info</c> file, reduced to what the generated API uses: per gene its id, taxon, symbol, full
/// name and synonyms. Kept as parallel arrays of ints and UTF-8 string tables (no object per gene or per string),
/// so the ~190,000 rows of the human file cost a few arrays the driver caches; it is compared only when the file
/// itself was read again.
/// </summary>
/// <param name="Organism">The organism the file name gives (<c>Mus_musculus.gene_info</c> → Mus musculus), or "".</param>
/// <param name="Synonyms">Each gene's synonyms as NCBI writes them, separated by <c>|</c> ("" for none).</param>
/// <param name="SymbolPositions">Where each gene's symbol stands, for diagnostics about the member it names.</param>
internal sealed record GeneInfoFile(
    string Path,
    string Organism,
    EquatableArray<int> EntrezIds,
    EquatableArray<int> TaxonomyIds,
    Utf8StringTable Symbols,
    Utf8StringTable FullNames,
    Utf8StringTable Synonyms,
    EquatableArray<TextPosition> SymbolPositions,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public int Count => EntrezIds.Count;
}
