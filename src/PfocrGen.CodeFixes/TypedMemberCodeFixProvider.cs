using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using PfocrGen.Diagnostics;

namespace PfocrGen.CodeFixes;

/// <summary>
/// PFOCR023's fix: <c>Figures.ById("PMC2869233__ijms-11-00789f3")!.Title</c> becomes
/// <c>Figures.PMC2869233__ijms_11_00789f3.Title</c>. The member is written fully qualified and simplified in
/// place, so it reads <c>Figures.…</c> wherever the generated namespace is in scope. Fix all works per document,
/// project and solution.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(TypedMemberCodeFixProvider))]
[Shared]
public sealed class TypedMemberCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "PfocrGen.UseTypedMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(TypedMemberFix.DiagnosticId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Replacement(diagnostic) is not { } member
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use " + member.Display, token => FixAsync(context.Document, diagnostic, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var invocation = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (root is null || invocation is null || Replacement(diagnostic) is not { } member)
        {
            return document;
        }

        var (target, replacement) = TypedMemberRewrite.Rewrite(invocation, member.Expression);
        var changed = document.WithSyntaxRoot(root.ReplaceNode(target, replacement.WithTriviaFrom(target)));
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static (ExpressionSyntax Expression, string Display)? Replacement(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(TypedMemberFix.NamespaceKey, out var ns) || string.IsNullOrEmpty(ns)
            || !properties.TryGetValue(TypedMemberFix.TypeKey, out var type) || string.IsNullOrEmpty(type)
            || !properties.TryGetValue(TypedMemberFix.MemberKey, out var member) || string.IsNullOrEmpty(member))
        {
            return null;
        }

        var expression = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression($"global::{ns}.{type}.{member}")
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return (expression, type + "." + member);
    }
}
