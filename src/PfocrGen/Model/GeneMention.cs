namespace PfocrGen.Model;

/// <summary>
/// One OCR match of a gene in a figure: the word as printed, how it matched (<paramref name="Source"/>, e.g.
/// <c>hgnc_alias_symbol</c>), and the gene it resolved to.
/// </summary>
/// <param name="TaxonomyId">NCBI taxonomy id of the gene's organism; 9606 for the human-only v1/v2 lists; 0 when unknown.</param>
/// <param name="Position">Where the gene's symbol stands (the <c>hgnc_symbol</c> value or the <c>ncbigene_symbol</c>
/// cell), since the generated member name comes from it (PFOCR010); the <c>entrez</c> value when there is no symbol.</param>
/// <param name="WordPosition">Where the OCR word stands, for diagnostics about the word (PFOCR013).</param>
internal sealed record GeneMention(
    string Word,
    string Source,
    string Symbol,
    int EntrezId,
    int TaxonomyId,
    string Organism,
    TextPosition Position,
    TextPosition WordPosition)
{
    /// <summary>
    /// What the OCR word matched in the lexicon as PFOCR writes it: the genes table's <c>match</c> column, or the
    /// <c>symbol</c> of a v1/v2 front-matter entry; "" when the layout has none.
    /// </summary>
    public string Match { get; init; } = string.Empty;
}
