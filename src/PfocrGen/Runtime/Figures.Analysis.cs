namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    partial class Figures
    {
        /// <summary>
        /// Over-representation analysis of <paramref name="queryEntrezIds"/> in every figure, against the
        /// background <paramref name="universeEntrezIds"/> (required: the genes your experiment could have found).
        /// Ids are de-duplicated and query ids outside the universe are dropped. A figure is tested when
        /// <c>MinSetSize ≤ K ≤ MaxSetSize</c>, K being its genes in the universe. Returns the tested figures with at
        /// least one overlapping gene, by p-value, then figure id. See docs/statistics.md.
        /// </summary>
        /// <param name="queryEntrezIds">NCBI gene ids of the genes of interest.</param>
        /// <param name="universeEntrezIds">NCBI gene ids of the background.</param>
        /// <param name="options">Set-size bounds; defaults 2 and 500.</param>
        /// <exception cref="ArgumentException">The universe is empty, or no query id is in it.</exception>
        public static IReadOnlyList<EnrichmentResult> Enrich(IEnumerable<int> queryEntrezIds, IEnumerable<int> universeEntrezIds, EnrichmentOptions/*?*/ options = null)
        {
            if (queryEntrezIds is null) throw new ArgumentNullException(nameof(queryEntrezIds));
            if (universeEntrezIds is null) throw new ArgumentNullException(nameof(universeEntrezIds));
            options = options ?? new EnrichmentOptions();

            var universe = new HashSet<int>(universeEntrezIds);
            if (universe.Count == 0)
            {
                throw new ArgumentException("The universe is empty: pass the NCBI gene ids your experiment measured.", nameof(universeEntrezIds));
            }

            var query = new HashSet<int>(queryEntrezIds);
            query.IntersectWith(universe);
            if (query.Count == 0)
            {
                throw new ArgumentException("No query gene id is in the universe, so there is nothing to test.", nameof(queryEntrezIds));
            }

            var logFactorials = PfocrStatistics.LogFactorials(universe.Count);
            var tested = new List<EnrichmentResult>();
            foreach (var figure in All)
            {
                var setSize = 0;
                List<Gene>/*?*/ overlap = null;
                foreach (var gene in figure.Genes)
                {
                    if (universe.Contains(gene.EntrezId))
                    {
                        setSize++;
                        if (query.Contains(gene.EntrezId))
                        {
                            (overlap ?? (overlap = new List<Gene>())).Add(gene);
                        }
                    }
                }

                if (setSize < options.MinSetSize || setSize > options.MaxSetSize)
                {
                    continue;
                }

                var k = overlap?.Count ?? 0;
                var p = PfocrStatistics.HypergeometricUpperTail(k, universe.Count, setSize, query.Count, logFactorials);
                tested.Add(new EnrichmentResult(figure, overlap == null ? (IReadOnlyList<Gene>)Array.Empty<Gene>() : overlap.AsReadOnly(), setSize, query.Count, universe.Count, p));
            }

            PfocrStatistics.AdjustBenjaminiHochberg(tested);

            var results = tested.FindAll(r => r.Overlap > 0);
            results.Sort((a, b) =>
            {
                var byP = a.PValue.CompareTo(b.PValue);
                return byP != 0 ? byP : string.CompareOrdinal(a.Figure.Id, b.Figure.Id);
            });
            return results.AsReadOnly();
        }

        /// <summary>
        /// Writes every figure with at least one gene as a GMT line: figure id, title, then its NCBI gene ids,
        /// tab-separated (readable by clusterProfiler's <c>read.gmt</c> and rWikiPathways). Tabs and line breaks in
        /// titles become spaces, since GMT cannot carry them.
        /// </summary>
        /// <param name="writer">Where to write; lines end in <c>\n</c>.</param>
        public static void WriteGmt(global::System.IO.TextWriter writer)
        {
            if (writer is null) throw new ArgumentNullException(nameof(writer));
            foreach (var figure in All)
            {
                if (figure.Genes.Count == 0)
                {
                    continue;
                }

                writer.Write(figure.Id);
                writer.Write('\t');
                writer.Write(PfocrStatistics.GmtField(figure.Title));
                foreach (var gene in figure.Genes)
                {
                    writer.Write('\t');
                    writer.Write(gene.EntrezId.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
                }

                writer.Write('\n');
            }
        }
    }
}
