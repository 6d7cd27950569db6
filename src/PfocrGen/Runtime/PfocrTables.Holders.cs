namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        // Each table is built on its first use, by the type initialiser of its holder (runs once, thread-safe), so
        // the first Figures.ById reads the figure index only, not the gene, paper and entity tables.
        private static class FigureHolder
        {
            internal static readonly FigureTable Value = new FigureTable();
        }

        private static class PaperHolder
        {
            internal static readonly PaperTable Value = new PaperTable();
        }

        private static class GeneHolder
        {
            internal static readonly GeneTable Value = new GeneTable();
        }

        private static class EntityHolder
        {
            internal static readonly EntityTable Value = new EntityTable();
        }
    }
}
