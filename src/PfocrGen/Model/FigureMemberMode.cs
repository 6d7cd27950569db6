namespace PfocrGen.Model;

/// <summary>The <c>PfocrGenFigureMembers</c> option: which papers and figures get a typed member on <c>Figures</c>.</summary>
internal enum FigureMemberMode
{
    /// <summary><c>auto</c> (the default): every paper and figure up to <see cref="TypedMemberPolicy.AutoFigureLimit"/> figures, none above.</summary>
    Auto,

    /// <summary><c>true</c>: every paper and every figure, at any size.</summary>
    All,

    /// <summary><c>false</c>: every paper, no figure.</summary>
    PapersOnly,
}
