namespace Pfocr
{
    /// <summary>Which way a figure's genes moved against the other measured genes, in <see cref="Figures.Camera(global::System.Collections.Generic.IReadOnlyDictionary{int, double}, CameraOptions)"/>.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public enum CameraDirection
    {
        /// <summary>The set's statistics are higher than the others' (or no lower: limma reports a tie as up).</summary>
        Up,

        /// <summary>The set's statistics are lower than the others'.</summary>
        Down,
    }
}
