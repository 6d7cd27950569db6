namespace Pfocr
{
    using System;
    using System.Collections.Generic;

    /// <summary>The PFOCR figures of this project, and one member per paper (<c>Figures.PMC2869233</c>) and per figure.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("PfocrGen", "__VERSION__")]
    public sealed partial class Figures
    {
        // A class, not a static class, so that it can derive from the generated classes that hold the typed
        // members beyond what one class may hold (a static member of a base class is found through Figures too).
        private Figures()
        {
        }

        /// <summary>Every figure, in figure id ordinal order.</summary>
        public static IReadOnlyList<Figure> All => PfocrTables.AllFigures;

        /// <summary>
        /// The figure with id or alias <paramref name="figid"/> (exact, case-sensitive), or <see langword="null"/>.
        /// </summary>
        /// <param name="figid">A PFOCR figure id such as <c>PMC2869233__ijms-11-00789f3</c>, or an alias such as <c>PMC2869233__F3</c>.</param>
        public static Figure/*?*/ ById(string figid) => PfocrTables.FigureById(figid);
    }
}
