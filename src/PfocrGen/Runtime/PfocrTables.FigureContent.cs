namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    internal static partial class PfocrTables
    {
        internal static FigureDetails ReadDetails(int figure)
        {
            var reader = Open(figure, MetaSegment);
            reader.SkipString(); // the id, read when the index was built
            var pmcid = reader.ReadString();
            var title = reader.ReadString();
            var caption = reader.ReadString();
            var number = reader.ReadString();
            var year = reader.ReadInt();
            var link = reader.ReadString();
            var paperTitle = reader.ReadString();
            var reference = reader.ReadString();
            var organisms = new string[reader.ReadInt()];
            for (var i = 0; i < organisms.Length; i++)
            {
                organisms[i] = reader.ReadString();
            }

            return new FigureDetails(pmcid, title, caption, number, year == 0 ? (int?)null : year, new Uri(link), paperTitle, reference, Array.AsReadOnly(organisms));
        }

        internal static IReadOnlyList<GeneMention> ReadGeneMentions(int figure)
        {
            if (!Has(figure, GeneSegment))
            {
                return Array.Empty<GeneMention>();
            }

            var reader = Open(figure, GeneSegment);
            var mentions = new GeneMention[reader.ReadInt()];
            for (var i = 0; i < mentions.Length; i++)
            {
                var word = reader.ReadString();
                var source = reader.ReadString();
                mentions[i] = new GeneMention(word, source, G.Genes[G.GeneIndex[reader.ReadInt()]]);
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
            var count = reader.ReadInt();
            for (var i = 0; i < count; i++)
            {
                reader.SkipString(); // the OCR word
                var id = reader.ReadString();
                if (id.Length > 0 && index.TryGetValue(id, out var entity) && !indexes.Contains(entity))
                {
                    indexes.Add(entity);
                }
            }

            return indexes;
        }
    }
}
