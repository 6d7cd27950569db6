namespace PfocrGen.IdChecking;

/// <summary>What a checked lookup method of the generated API looks up, so which ids its argument must be one of.</summary>
internal enum LookupKind
{
    /// <summary><c>Figures.ById(string)</c>: a figid.</summary>
    Figure,

    /// <summary><c>Papers.ById(string)</c>: a PMCID.</summary>
    Paper,

    /// <summary><c>Genes.BySymbol(string)</c>: an official gene symbol, case-sensitive.</summary>
    GeneSymbol,

    /// <summary><c>Genes.ByEntrez(int)</c>: an NCBI gene id.</summary>
    GeneEntrez,

    /// <summary><c>Chemicals.ById(string)</c>: a ChEBI or MeSH id, case-insensitive.</summary>
    Chemical,

    /// <summary><c>Diseases.ById(string)</c>: a DOID or MeSH id, case-insensitive.</summary>
    Disease,
}
