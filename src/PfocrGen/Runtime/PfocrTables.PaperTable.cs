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
            public readonly Dictionary<string, int> PaperIndex;
            public readonly IReadOnlyList<Paper> PaperList;

            public PaperTable()
            {
                var reader = new DataReader(PaperData, 0);
                var paperCount = reader.ReadInt();
                Papers = new Paper[paperCount];
                PaperOf = new int[F.Figures.Length];
                PaperIndex = new Dictionary<string, int>(paperCount, StringComparer.Ordinal);
                for (var p = 0; p < paperCount; p++)
                {
                    var pmcid = reader.ReadString();
                    var figures = new int[reader.ReadInt()];
                    for (var i = 0; i < figures.Length; i++)
                    {
                        figures[i] = reader.ReadInt();
                        PaperOf[figures[i]] = p;
                    }

                    Papers[p] = new Paper(pmcid, figures);
                    PaperIndex.Add(pmcid, p);
                }

                PaperList = Array.AsReadOnly(Papers);
            }
        }
    }
}
