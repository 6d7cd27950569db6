namespace Pfocr
{
    using System;

    /// <summary>One figure's competitive gene-set test (limma's <c>cameraPR</c>) from <see cref="Figures.Camera(global::System.Collections.Generic.IReadOnlyDictionary{int, double}, CameraOptions)"/>.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed class CameraResult
    {
        private readonly int _figure;

        internal CameraResult(int figure, int setSize, CameraDirection direction, double pValue, double adjustedPValue)
        {
            _figure = figure;
            SetSize = setSize;
            Direction = direction;
            PValue = pValue;
            AdjustedPValue = adjustedPValue;
        }

        /// <summary>The figure tested.</summary>
        public Figure Figure => PfocrTables.FigureSlots[_figure];

        /// <summary>The figure's distinct genes that have a statistic (limma's <c>NGenes</c>).</summary>
        public int SetSize { get; }

        /// <summary>Whether the figure's genes are up or down against the other genes (limma's <c>Direction</c>).</summary>
        public CameraDirection Direction { get; }

        /// <summary>
        /// The two-sided p-value (limma's <c>PValue</c>): twice the smaller one-sided p. In the rank test the
        /// continuity correction makes the two one-sided p-values add up to more than 1 around no shift, so a set
        /// whose genes do not move can have a value somewhat above 1, as limma reports it.
        /// </summary>
        public double PValue { get; }

        /// <summary>The Benjamini–Hochberg adjusted p-value over every tested figure, capped at 1 (limma's <c>FDR</c>).</summary>
        public double AdjustedPValue { get; }

        /// <inheritdoc/>
        public override string ToString() => Figure.Id + ": " + SetSize + " genes, " + (Direction == CameraDirection.Up ? "up" : "down") + ", p=" + PValue.ToString("G4", global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
