namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        private sealed class PaperTable
        {
            public readonly Paper[] Papers;
            public readonly int[] PaperOf;
            // Papers by PMCID, as figures by id (a PMCID is short, so each lookup reads one slot).
            public readonly IdIndex<Paper> ById;
            public readonly IReadOnlyList<Paper> PaperList;

            public PaperTable()
            {
                var reader = new DataReader(PaperData, 0);
                var paperCount = 0;
                PfocrLayout.RowCount(ref reader, ref paperCount);
                Papers = new Paper[paperCount];
                PaperOf = new int[F.Figures.Length];
                ById = new IdIndex<Paper>(paperCount);
                for (var p = 0; p < paperCount; p++)
                {
                    var row = default(PfocrLayout.PaperRow);
                    PfocrLayout.Paper(ref reader, ref row);
                    foreach (var figure in row.Figures)
                    {
                        PaperOf[figure] = p;
                    }

                    Papers[p] = new Paper(row.Pmcid, row.Figures);
                    ById.TryAdd(row.Pmcid, Papers[p]);
                }

                PaperList = Array.AsReadOnly(Papers);
            }
        }
    }
}
