namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    internal static partial class PfocrTables
    {
        private static FigureTable F => FigureHolder.Value;

        private static PaperTable P => PaperHolder.Value;

        private static GeneTable G => GeneHolder.Value;

        private static EntityTable E => EntityHolder.Value;

        internal static IReadOnlyList<Figure> AllFigures => F.FigureList;

        internal static IReadOnlyList<Paper> AllPapers => P.PaperList;

        internal static IReadOnlyList<Gene> AllGenes => G.GeneList;

        internal static IReadOnlyList<Chemical> AllChemicals => E.ChemicalList;

        internal static IReadOnlyList<Disease> AllDiseases => E.DiseaseList;

        // The typed members index these arrays directly: an element access binds and analyses far cheaper than a
        // call, which matters when a project holds tens of thousands of members.
        internal static Figure[] FigureSlots => F.Figures;

        internal static Paper[] PaperSlots => P.Papers;

        internal static Gene[] GeneSlots => G.Genes;

        internal static Figure/*?*/ FigureById(string figid) =>
            figid != null ? F.ById.Find(figid) : null;

        internal static IReadOnlyList<string> AliasesOf(int figure) => F.Aliases[figure] ?? Array.Empty<string>();

        internal static Paper/*?*/ PaperById(string pmcid) =>
            pmcid != null ? P.ById.Find(pmcid) : null;

        internal static Paper PaperOfFigure(int figure) => P.Papers[P.PaperOf[figure]];

        internal static Gene/*?*/ GeneByEntrez(int entrezId) =>
            G.GeneIndex.TryGetValue(entrezId, out var index) ? G.Genes[index] : null;

        internal static IReadOnlyList<Gene> GenesBySymbol(string symbol) =>
            symbol != null && G.SymbolIndex.TryGetValue(symbol, out var genes) ? genes : Array.Empty<Gene>();

        internal static Chemical/*?*/ ChemicalById(string id) =>
            id != null && E.ChemicalIndex.TryGetValue(id, out var index) ? E.Chemicals[index] : null;

        internal static Disease/*?*/ DiseaseById(string id) =>
            id != null && E.DiseaseIndex.TryGetValue(id, out var index) ? E.Diseases[index] : null;

        internal static IReadOnlyList<Figure> FiguresAt(int[] indexes)
        {
            var figures = new Figure[indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                figures[i] = F.Figures[indexes[i]];
            }

            return Array.AsReadOnly(figures);
        }
    }
}
