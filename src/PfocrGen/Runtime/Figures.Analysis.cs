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
        /// <c>MinSetSize ≤ K ≤ MaxSetSize</c>, K being its genes in the universe, and its pathway score passes the
        /// options' score filter, if any. Returns the tested figures with at
        /// least one overlapping gene, by p-value, then figure id. See docs/statistics.md.
        /// </summary>
        /// <param name="queryEntrezIds">NCBI gene ids of the genes of interest.</param>
        /// <param name="universeEntrezIds">NCBI gene ids of the background.</param>
        /// <param name="options">Set-size bounds (defaults 2 and 500) and pathway-score filter (default none).</param>
        /// <exception cref="ArgumentException">The universe is empty, no query id is in it, or the minimum pathway score is not a number.</exception>
        public static IReadOnlyList<EnrichmentResult> Enrich(IEnumerable<int> queryEntrezIds, IEnumerable<int> universeEntrezIds, EnrichmentOptions/*?*/ options = null)
        {
            if (queryEntrezIds is null) throw new ArgumentNullException(nameof(queryEntrezIds));
            return EnrichmentBackground.For(universeEntrezIds).Enrich(queryEntrezIds, options);
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
