namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>How an OCR word in a figure was matched to a gene.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public enum GeneMatchKind
    {
        /// <summary>The word is the gene's official symbol (<c>hgnc_symbol</c>, <c>ncbigene_symbol</c>).</summary>
        Symbol = PfocrLayout.SymbolMatch,

        /// <summary>The word is an alias or previous symbol (<c>hgnc_alias_symbol</c>, <c>hgnc_prev_symbol</c>, <c>ncbigene_synonym</c>).</summary>
        Synonym = PfocrLayout.SynonymMatch,

        /// <summary>The word names a gene family or complex that expands to this gene (<c>bioentities_symbol</c>, <c>famplex_relations</c>).</summary>
        Family = PfocrLayout.FamilyMatch,

        /// <summary>A match source this version of PfocrGen does not classify; see <see cref="GeneMention.Source"/>.</summary>
        Other = PfocrLayout.OtherMatch,
    }
}
