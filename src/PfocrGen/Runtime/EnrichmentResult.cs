namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>One figure's over-representation result.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class EnrichmentResult
    {
        internal EnrichmentResult(Figure figure, IReadOnlyList<Gene> overlapGenes, int setSize, int querySize, int universeSize, double pValue)
        {
            Figure = figure;
            OverlapGenes = overlapGenes;
            SetSize = setSize;
            QuerySize = querySize;
            UniverseSize = universeSize;
            PValue = pValue;
        }

        /// <summary>The figure tested.</summary>
        public Figure Figure { get; }

        /// <summary>k: the query genes that are in the figure (and the universe).</summary>
        public int Overlap => OverlapGenes.Count;

        /// <summary>The overlapping genes, in the figure's gene order.</summary>
        public IReadOnlyList<Gene> OverlapGenes { get; }

        /// <summary>K: the figure's genes that are in the universe.</summary>
        public int SetSize { get; }

        /// <summary>n: the query genes that are in the universe.</summary>
        public int QuerySize { get; }

        /// <summary>N: the genes in the universe.</summary>
        public int UniverseSize { get; }

        /// <summary>P(X ≥ k) for X ~ Hypergeometric(N, K, n), computed exactly in log space.</summary>
        public double PValue { get; }

        /// <summary>The Benjamini–Hochberg adjusted p-value over every tested figure (k = 0 included), capped at 1.</summary>
        public double AdjustedPValue { get; internal set; }

        /// <inheritdoc/>
        public override string ToString() => Figure.Id + ": k=" + Overlap + ", K=" + SetSize + ", p=" + PValue.ToString("G4", global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
