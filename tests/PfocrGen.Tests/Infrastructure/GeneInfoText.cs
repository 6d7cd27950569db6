namespace PfocrGen.Tests.Infrastructure;

/// <summary>NCBI <c>gene_info</c> text for tests, in NCBI's 16 columns (no real gene_info file is in ../shared).</summary>
internal static class GeneInfoText
{
    public const string Header =
        "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location\tdescription\ttype_of_gene\t"
        + "Symbol_from_nomenclature_authority\tFull_name_from_nomenclature_authority\tNomenclature_status\tOther_designations\t"
        + "Modification_date\tFeature_type";

    /// <summary>A row as NCBI writes it; <c>-</c> for none, <c>|</c> between synonyms.</summary>
    public static string Row(int taxonomyId, int geneId, string symbol, string synonyms = "-", string description = "-", string fullName = "-") =>
        $"{taxonomyId}\t{geneId}\t{symbol}\t-\t{synonyms}\tMGI:MGI:1|Ensembl:ENSMUSG0\t1\t1 A1\t{description}\tprotein-coding\t"
        + $"{(fullName == "-" ? "-" : symbol)}\t{fullName}\t{(fullName == "-" ? "-" : "O")}\t-\t20250701\t-";

    public static string File(params string[] rows) => Header + "\n" + string.Concat(rows.Select(r => r + "\n"));
}
