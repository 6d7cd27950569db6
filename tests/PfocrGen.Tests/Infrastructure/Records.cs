namespace PfocrGen.Tests.Infrastructure;

/// <summary>
/// Small inline records for diagnostic tests. Line numbers in the tests count from the opening fence (line 1),
/// so every helper keeps its fixed lines at the top: <c>---</c>, <c>figid</c>, <c>pmcid</c>, then the extra lines.
/// </summary>
internal static class Records
{
    /// <summary>The header of a current (11-column) genes table, as PFOCR writes it.</summary>
    public const string GenesHeader =
        "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match";

    /// <summary>
    /// A v3 record: line 1 <c>---</c>, line 2 <c>figid</c>, line 3 <c>pmcid</c>, then <paramref name="lines"/>
    /// from line 4, then the closing fence.
    /// </summary>
    public static string Text(string figid, params string[] lines) =>
        "---\nfigid: " + figid + "\npmcid: " + Pmcid(figid) + "\n" + string.Concat(lines.Select(l => l + "\n")) + "---\n";

    /// <summary>The record as an AdditionalFile at <c>records/&lt;figid&gt;.md</c>.</summary>
    public static (string Path, string Text) File(string figid, params string[] lines) => (PathOf(figid), Text(figid, lines));

    public static string PathOf(string figid) => "records/" + figid + ".md";

    /// <summary>A genes table row (the columns of <see cref="GenesHeader"/>); human unless said otherwise.</summary>
    public static string GeneRow(string word, string symbol, string id, int taxonomyId = 9606, string organism = "Homo sapiens") =>
        $"{taxonomyId}\t{organism}\tPrimates\t{word}\t{word}\t{symbol}\t{id}\tncbigene_symbol\t1\t0\t1";

    /// <summary>A genes table for <paramref name="figid"/> with the header and the given rows.</summary>
    public static (string Path, string Text) GenesTable(string figid, params string[] rows) =>
        ("records/" + figid + "-genes.tsv", GenesHeader + "\n" + string.Concat(rows.Select(r => r + "\n")));

    private static string Pmcid(string figid)
    {
        var separator = figid.IndexOf("__", StringComparison.Ordinal);
        return separator > 0 ? figid[..separator] : figid;
    }
}
