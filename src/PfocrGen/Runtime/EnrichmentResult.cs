namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>One figure's over-representation result.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class EnrichmentResult
    {
        private readonly PfocrStatistics.QueryGenes _query;
        private IReadOnlyList<Gene>/*?*/ _overlapGenes;

        internal EnrichmentResult(Figure figure, int overlap, int setSize, double pValue, double adjustedPValue, PfocrStatistics.QueryGenes query)
        {
            Figure = figure;
            Overlap = overlap;
            SetSize = setSize;
            PValue = pValue;
            AdjustedPValue = adjustedPValue;
            _query = query;
        }

        /// <summary>The figure tested.</summary>
        public Figure Figure { get; }

        /// <summary>k: the query genes that are in the figure (and the universe).</summary>
        public int Overlap { get; }

        /// <summary>The overlapping genes, in the figure's gene order.</summary>
        public IReadOnlyList<Gene> OverlapGenes
        {
            // Listed on first use: most callers read k, p and q of many results and the genes of a few.
            get { return _overlapGenes ?? (_overlapGenes = PfocrStatistics.GenesIn(Figure, _query.Set)); }
        }

        /// <summary>K: the figure's genes that are in the universe.</summary>
        public int SetSize { get; }

        /// <summary>n: the query genes that are in the universe.</summary>
        public int QuerySize => _query.Count;

        /// <summary>N: the genes in the universe.</summary>
        public int UniverseSize => _query.UniverseSize;

        /// <summary>P(X ≥ k) for X ~ Hypergeometric(N, K, n), computed exactly in log space.</summary>
        public double PValue { get; }

        /// <summary>The Benjamini–Hochberg adjusted p-value over every tested figure (k = 0 included), capped at 1.</summary>
        public double AdjustedPValue { get; }

        /// <inheritdoc/>
        public override string ToString() => Figure.Id + ": k=" + Overlap + ", K=" + SetSize + ", p=" + PValue.ToString("G4", global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
