namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        internal static FigureDetails ReadDetails(int figure)
        {
            var reader = Open(figure, MetaSegment);

            // The id is known (read when the index was built): set, so the reader skips it.
            var meta = new PfocrLayout.FigureMetaRow { Id = string.Empty };
            PfocrLayout.FigureMeta(ref reader, ref meta);
            return new FigureDetails(meta.Pmcid, meta.Title, meta.Caption, meta.Number, meta.Year == 0 ? (int?)null : meta.Year, new Uri(meta.Link), meta.PaperTitle, meta.Reference, Array.AsReadOnly(meta.Organisms));
        }

        internal static IReadOnlyList<GeneMention> ReadGeneMentions(int figure)
        {
            if (!Has(figure, GeneSegment))
            {
                return Array.Empty<GeneMention>();
            }

            var reader = Open(figure, GeneSegment);
            var count = 0;
            PfocrLayout.RowCount(ref reader, ref count);
            var mentions = new GeneMention[count];
            for (var i = 0; i < mentions.Length; i++)
            {
                var row = default(PfocrLayout.GeneMentionRow);
                PfocrLayout.GeneMention(ref reader, ref row);
                mentions[i] = new GeneMention(row.Word, row.Source, G.Genes[G.GeneIndex[row.EntrezId]]);
            }

            return Array.AsReadOnly(mentions);
        }

        internal static IReadOnlyList<Gene> DistinctGenes(IReadOnlyList<GeneMention> mentions)
        {
            var seen = new HashSet<int>();
            var genes = new List<Gene>(mentions.Count);
            foreach (var mention in mentions)
            {
                if (seen.Add(mention.Gene.EntrezId))
                {
                    genes.Add(mention.Gene);
                }
            }

            return genes.AsReadOnly();
        }

        internal static int DistinctWordCount(IReadOnlyList<GeneMention> mentions)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in mentions)
            {
                if (mention.Word.Length > 0)
                {
                    words.Add(mention.Word);
                }
            }

            return words.Count;
        }

        internal static IReadOnlyList<Gene> DistinctGenesOf(IReadOnlyList<Figure> figures)
        {
            var seen = new HashSet<int>();
            var genes = new List<Gene>();
            foreach (var figure in figures)
            {
                foreach (var gene in figure.Genes)
                {
                    if (seen.Add(gene.EntrezId))
                    {
                        genes.Add(gene);
                    }
                }
            }

            return genes.AsReadOnly();
        }

        internal static IReadOnlyList<Chemical> ReadChemicals(int figure)
        {
            var indexes = ReadEntityIndexes(figure, ChemicalSegment, E.ChemicalIndex);
            var chemicals = new Chemical[indexes.Count];
            for (var i = 0; i < chemicals.Length; i++)
            {
                chemicals[i] = E.Chemicals[indexes[i]];
            }

            return Array.AsReadOnly(chemicals);
        }

        internal static IReadOnlyList<Disease> ReadDiseases(int figure)
        {
            var indexes = ReadEntityIndexes(figure, DiseaseSegment, E.DiseaseIndex);
            var diseases = new Disease[indexes.Count];
            for (var i = 0; i < diseases.Length; i++)
            {
                diseases[i] = E.Diseases[indexes[i]];
            }

            return Array.AsReadOnly(diseases);
        }

        private static List<int> ReadEntityIndexes(int figure, int kind, Dictionary<string, int> index)
        {
            var indexes = new List<int>();
            if (!Has(figure, kind))
            {
                return indexes;
            }

            var reader = Open(figure, kind);
            var count = 0;
            PfocrLayout.RowCount(ref reader, ref count);
            for (var i = 0; i < count; i++)
            {
                // The OCR word is not needed: set, so the reader skips it.
                var row = new PfocrLayout.EntityMentionRow { Word = string.Empty };
                PfocrLayout.EntityMention(ref reader, ref row);
                var id = row.Key;
                if (id.Length > 0 && index.TryGetValue(id, out var entity) && !indexes.Contains(entity))
                {
                    indexes.Add(entity);
                }
            }

            return indexes;
        }
    }
}
