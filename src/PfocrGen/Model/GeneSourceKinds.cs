using System;

namespace PfocrGen.Model;

/// <summary>
/// The kinds of evidence behind a gene mention, classified from PFOCR's match source. The generated
/// <c>GeneMatchKind</c> uses the same classification; <c>PfocrGenGeneSources</c> selects kinds by these names.
/// </summary>
[Flags]
internal enum GeneSourceKinds
{
    None = 0,

    /// <summary>The official symbol: <c>hgnc_symbol</c>, <c>ncbigene_symbol</c>.</summary>
    Symbol = 1,

    /// <summary>An alias or previous symbol: <c>hgnc_alias_symbol</c>, <c>hgnc_prev_symbol</c>, <c>ncbigene_synonym</c>.</summary>
    Synonym = 2,

    /// <summary>A family or complex name expanded to its members: <c>bioentities_symbol</c>, <c>famplex_relations</c>.</summary>
    Family = 4,

    /// <summary>A source PfocrGen does not classify; kept unless <c>PfocrGenGeneSources</c> is set.</summary>
    Other = 8,

    All = Symbol | Synonym | Family | Other,
}
