using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PfocrGen.Benchmarks;

/// <summary>
/// Reading an NCBI gene_info file of the human file's size: ~190,000 rows in NCBI's 16 columns with realistic
/// cell lengths (~65 MB), written in memory here (no real gene_info is in the repository or ../shared). Prints
/// the median parse time, the bytes allocated by one parse, and the index step's time.
/// </summary>
internal static class GeneInfoTimings
{
    public static void Print(int rows, TextWriter output)
    {
        var text = SourceText.From(Write(rows));
        Model.GeneInfoFile file = null!;
        var parse = QuickTimings.Median(5, () => file = Parsing.GeneInfoParser.Parse("Homo_sapiens.gene_info", text, default));

        // CPU time too: on a shared machine the wall time says more about the neighbours than about the parser.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Parsing.GeneInfoParser.Parse("Homo_sapiens.gene_info", text, default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var index = QuickTimings.Median(5, () => Building.GeneInfoIndex.Build([file]));

        output.WriteLine($"gene_info: {rows:N0} rows, {text.Length / 1e6:F1} M chars: parse {parse:F0} ms (one parse: {cpu:F0} ms CPU), "
            + $"{allocated / 1e6:F0} MB allocated ({file.Count:N0} genes, {file.Diagnostics.Count} diagnostics); index {index:F0} ms");
    }

    // Cell lengths after NCBI's human file: long dbXrefs, descriptions and other designations.
    private static string Write(int rows)
    {
        var random = new Random(10);
        var builder = new System.Text.StringBuilder(rows * 350);
        builder.Append("#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location\tdescription\ttype_of_gene\t")
            .Append("Symbol_from_nomenclature_authority\tFull_name_from_nomenclature_authority\tNomenclature_status\tOther_designations\t")
            .Append("Modification_date\tFeature_type\n");
        for (var i = 1; i <= rows; i++)
        {
            var symbol = "GENE" + i;
            builder.Append("9606\t").Append(i).Append('\t').Append(symbol).Append("\t-\t")
                .Append(random.Next(3) == 0 ? "-" : $"ALIAS{i}|A{i}-2|P{random.Next(1000)}").Append('\t')
                .Append("MIM:").Append(100000 + i).Append("|HGNC:HGNC:").Append(i).Append("|Ensembl:ENSG").Append(i.ToString("D11")).Append("|AllianceGenome:HGNC:").Append(i).Append('\t')
                .Append(1 + (i % 22)).Append('\t').Append(1 + (i % 22)).Append("q21.3\t")
                .Append("protein of gene ").Append(i).Append(" with a description of typical length\tprotein-coding\t")
                .Append(symbol).Append('\t').Append(random.Next(2) == 0 ? "-" : "full name of gene " + i).Append("\tO\t")
                .Append("other designation one|other designation two of gene ").Append(i).Append("|a third, longer designation for this gene\t")
                .Append("20250701\t-\n");
        }

        return builder.ToString();
    }
}
