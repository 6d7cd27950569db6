namespace PfocrGen.Model;

/// <summary>The <c>PfocrGenGeneMembers</c> option: which genes get a typed member on <c>Genes</c>.</summary>
internal enum GeneMemberMode
{
    /// <summary><c>auto</c> (the default): every gene with a symbol up to <see cref="TypedMemberPolicy.AutoGeneLimit"/> of them, none above.</summary>
    Auto,

    /// <summary><c>true</c>: every gene with a symbol, at any size.</summary>
    All,

    /// <summary><c>false</c>: no gene.</summary>
    None,
}
