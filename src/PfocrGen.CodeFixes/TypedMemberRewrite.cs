using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PfocrGen.CodeFixes;

/// <summary>
/// Replaces a lookup call by a typed member, and drops what only the lookup's nullable result needed: a following
/// <c>!</c>, or a <c>?.</c> that becomes <c>.</c>. A <c>?.</c> whose result meets <c>??</c> stays, because
/// without it the chain could be a non-nullable value the <c>??</c> no longer compiles against.
/// </summary>
internal static class TypedMemberRewrite
{
    /// <summary>The node to replace (the call, or the expression around it) and what replaces it.</summary>
    public static (ExpressionSyntax Target, ExpressionSyntax Replacement) Rewrite(InvocationExpressionSyntax call, ExpressionSyntax member)
    {
        if (call.Parent is PostfixUnaryExpressionSyntax bang && bang.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            return (bang, member);
        }

        if (call.Parent is ConditionalAccessExpressionSyntax access && access.Expression == call && !MeetsCoalesce(access)
            && Leftmost(access.WhenNotNull) is { } binding && Bound(binding, member) is { } bound)
        {
            return (access, access.WhenNotNull.ReplaceNode(binding, bound));
        }

        return (call, member);
    }

    private static bool MeetsCoalesce(ExpressionSyntax expression)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression)
            || parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression);
    }

    // The '.Title' or '[0]' that the '?.' binds to: the innermost start of the chain after '?'.
    private static ExpressionSyntax? Leftmost(ExpressionSyntax expression) => expression switch
    {
        MemberBindingExpressionSyntax or ElementBindingExpressionSyntax => expression,
        MemberAccessExpressionSyntax memberAccess => Leftmost(memberAccess.Expression),
        InvocationExpressionSyntax invocation => Leftmost(invocation.Expression),
        ElementAccessExpressionSyntax elementAccess => Leftmost(elementAccess.Expression),
        PostfixUnaryExpressionSyntax postfix => Leftmost(postfix.Operand),
        ConditionalAccessExpressionSyntax conditional => Leftmost(conditional.Expression),
        _ => null,
    };

    private static ExpressionSyntax? Bound(ExpressionSyntax binding, ExpressionSyntax receiver) => binding switch
    {
        MemberBindingExpressionSyntax member => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, member.Name),
        ElementBindingExpressionSyntax element => ElementAccessExpression(receiver, element.ArgumentList),
        _ => null,
    };
}
