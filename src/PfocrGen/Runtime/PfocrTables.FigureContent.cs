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
            return new FigureDetails(ref meta);
        }

        /// <summary>
        /// The fields a paper takes from its figures and a scan of every figure needs (DOI, journal title, year,
        /// pathway score), read without the figure's other text: a string field set beforehand is skipped.
        /// </summary>
        internal static PfocrLayout.FigureMetaRow ReadPaperFields(int figure)
        {
            var reader = Open(figure, MetaSegment);
            var meta = new PfocrLayout.FigureMetaRow
            {
                Id = string.Empty,
                Pmcid = string.Empty,
                Title = string.Empty,
                Caption = string.Empty,
                Number = string.Empty,
                Link = string.Empty,
                PaperTitle = string.Empty,
                Reference = string.Empty,
                JournalAbbreviation = string.Empty,
                Publisher = string.Empty,
                FigureType = string.Empty,
                ImageFileName = string.Empty,
                NdexId = string.Empty,
                WikiPathwaysId = string.Empty,
            };
            PfocrLayout.FigureMeta(ref reader, ref meta);
            return meta;
        }

        internal static IReadOnlyList<GeneMention> ReadGeneMentions(int figure)
        {
            if (!Has(figure, GeneSegment))
            {
                return Array.Empty<GeneMention>();
            }

            var reader = Open(figure, GeneSegment);
            var count = 0;
            var withMatches = 0;
            PfocrLayout.MentionHeader(ref reader, ref count, ref withMatches);
            var mentions = new GeneMention[count];
            var previous = string.Empty;
            for (var i = 0; i < mentions.Length; i++)
            {
                var row = default(PfocrLayout.GeneMentionRow);
                PfocrLayout.GeneMention(ref reader, ref row, withMatches != 0);
                previous = PfocrLayout.MatchOf(row.MatchForm, row.Word, previous, row.Match);
                mentions[i] = new GeneMention(row.Word, row.Source, previous, G.Genes[G.GeneIndex[row.EntrezId]]);
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

        internal static IReadOnlyList<ChemicalMention> ReadChemicalMentions(int figure)
        {
            var rows = ReadEntityMentions(figure, ChemicalSegment);
            var mentions = new ChemicalMention[rows.Length];
            for (var i = 0; i < mentions.Length; i++)
            {
                int entity;
                var chemical = rows[i].Key.Length > 0 && E.ChemicalIndex.TryGetValue(rows[i].Key, out entity) ? E.Chemicals[entity] : null;
                mentions[i] = new ChemicalMention(rows[i].Word, rows[i].Match, chemical);
            }

            return Array.AsReadOnly(mentions);
        }

        internal static IReadOnlyList<DiseaseMention> ReadDiseaseMentions(int figure)
        {
            var rows = ReadEntityMentions(figure, DiseaseSegment);
            var mentions = new DiseaseMention[rows.Length];
            for (var i = 0; i < mentions.Length; i++)
            {
                int entity;
                var disease = rows[i].Key.Length > 0 && E.DiseaseIndex.TryGetValue(rows[i].Key, out entity) ? E.Diseases[entity] : null;
                mentions[i] = new DiseaseMention(rows[i].Word, rows[i].Match, disease);
            }

            return Array.AsReadOnly(mentions);
        }

        private static PfocrLayout.EntityMentionRow[] ReadEntityMentions(int figure, int kind)
        {
            if (!Has(figure, kind))
            {
                return Array.Empty<PfocrLayout.EntityMentionRow>();
            }

            var reader = Open(figure, kind);
            var count = 0;
            var withMatches = 0;
            PfocrLayout.MentionHeader(ref reader, ref count, ref withMatches);
            var rows = new PfocrLayout.EntityMentionRow[count];
            var previous = string.Empty;
            for (var i = 0; i < rows.Length; i++)
            {
                PfocrLayout.EntityMention(ref reader, ref rows[i], withMatches != 0);
                rows[i].Match = previous = PfocrLayout.MatchOf(rows[i].MatchForm, rows[i].Word, previous, rows[i].Match);
            }

            return rows;
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
            var withMatches = 0;
            PfocrLayout.MentionHeader(ref reader, ref count, ref withMatches);
            for (var i = 0; i < count; i++)
            {
                // The OCR word and match are not needed: set, so the reader skips them.
                var row = new PfocrLayout.EntityMentionRow { Word = string.Empty, Match = string.Empty };
                PfocrLayout.EntityMention(ref reader, ref row, withMatches != 0);
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
