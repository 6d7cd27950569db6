namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>One figure's over-representation result.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class EnrichmentResult
    {
        // A row of its query's columns: an object per result costs only these two fields.
        private readonly PfocrStatistics.ResultRows _rows;
        private readonly int _index;

        internal EnrichmentResult(PfocrStatistics.ResultRows rows, int index)
        {
            _rows = rows;
            _index = index;
        }

        /// <summary>The figure tested.</summary>
        public Figure Figure => _rows.FigureAt(_index);

        /// <summary>k: the query genes that are in the figure (and the universe).</summary>
        public int Overlap => _rows.OverlapAt(_index);

        /// <summary>The overlapping genes, in the figure's gene order.</summary>
        public IReadOnlyList<Gene> OverlapGenes
        {
            // Listed on first use: most callers read k, p and q of many results and the genes of a few.
            get { return _rows.OverlapGenesAt(_index); }
        }

        /// <summary>K: the figure's genes that are in the universe.</summary>
        public int SetSize => _rows.SetSizeAt(_index);

        /// <summary>n: the query genes that are in the universe.</summary>
        public int QuerySize => _rows.Query.Count;

        /// <summary>N: the genes in the universe.</summary>
        public int UniverseSize => _rows.Query.UniverseSize;

        /// <summary>P(X ≥ k) for X ~ Hypergeometric(N, K, n), computed exactly in log space.</summary>
        public double PValue => _rows.PValueAt(_index);

        /// <summary>The Benjamini–Hochberg adjusted p-value over every tested figure (k = 0 included), capped at 1.</summary>
        public double AdjustedPValue => _rows.AdjustedPValueAt(_index);

        /// <inheritdoc/>
        public override string ToString() => Figure.Id + ": k=" + Overlap + ", K=" + SetSize + ", p=" + PValue.ToString("G4", global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
