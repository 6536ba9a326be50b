using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Member hooks: a void helper of the caller's own type that only stores into members of the instance
/// (<c>void Accumulate(double e) =&gt; _sum += e;</c>, <c>{ _peak = Math.Max(_peak, v); _count++; }</c>). It folds
/// nothing by itself, but called once per element it is the fold of that member written where the call stands, so it
/// is inlined like a helper that loops (HeldOut74's <c>AbstractTemplate_SumFieldNeverReset</c>, spelled as a private
/// helper): a sum carried in a field that nothing resets per row is then seen, and a hook that resets it
/// (<c>BeginRow() =&gt; _sum = 0</c>) is seen resetting it.
/// </summary>
internal sealed partial class HelperShape
{
    /// <summary>
    /// True when <paramref name="method"/>, of <paramref name="owner"/>'s own type (or the override a call on <c>this</c>
    /// is <paramref name="dispatched"/> to), has a body of member stores only:
    /// its expression body, or each statement of its block, is an assignment or increment of a simple name that is not
    /// a parameter (a field or property; binding checks it) or of <c>this.Name</c>.
    /// </summary>
    private static bool IsMemberHook(IMethodSymbol method, IMethodSymbol owner, ImmutableArray<StatementSyntax> statements, ExpressionSyntax? returned, bool dispatched)
    {
        // An override the call on this dispatches to (HelperShape.Overrides.cs) stores into the same instance's members.
        if (!dispatched && !HelperReach.IsOwnType(method, owner))
        {
            return false;
        }

        if (returned is not null)
        {
            return statements.IsEmpty && StoresIntoMember(returned, method);
        }

        return !statements.IsEmpty && statements.All(statement => statement is ExpressionStatementSyntax { Expression: var expression } && StoresIntoMember(expression, method));
    }

    private static bool StoresIntoMember(ExpressionSyntax expression, IMethodSymbol method)
    {
        var written = expression switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } step => step.Operand,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } step => step.Operand,
            _ => null,
        };
        var name = written switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member.Identifier.ValueText,
            _ => null,
        };
        return name is not null && method.Parameters.All(parameter => parameter.Name != name);
    }
}
