using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper's collection-interface parameter given an array (Real58's Portfolio MaxEnt: <c>_Normalize(IList&lt;double&gt;
/// input, …)</c> called with a <c>double[]</c>): once the parameter is replaced by the argument, <c>input.Count</c> would
/// read <c>Count</c> on the array, which an array only implements explicitly, and the inlined body would not bind. The
/// count of an <c>ICollection&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> or <c>ICollection</c> parameter whose
/// argument is a one-dimensional array (also through a helper's parameter that was itself given one) is written as the
/// array's <c>Length</c>, the same number.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// True when <paramref name="value"/>, an argument read in the current scope, is a one-dimensional array: its own
    /// type before an implicit conversion to the parameter's interface, or the array the enclosing helper's parameter
    /// it reads was given.
    /// </summary>
    private bool IsArrayArgument(IOperation value)
    {
        var actual = value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;
        return actual is IParameterReferenceOperation { Parameter: var parameter } && _scope.Helper is { } helper
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, helper.OriginalDefinition)
            ? _scope.ArrayArguments.Contains(parameter.Ordinal)
            : actual.Type is IArrayTypeSymbol { Rank: 1 };
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        // this._sum in a subclass's override, this.Denominator read on a dispatched property (HelperInliner.Dispatch.cs).
        if (DispatchedMemberAccess(node) is { } dispatched)
        {
            return dispatched;
        }

        if (_scope.Helper is { } helper && node.IsKind(SyntaxKind.SimpleMemberAccessExpression) && node.Expression is IdentifierNameSyntax target
            && _scope.ArrayArguments.Count > 0
            && _model.GetSymbolInfo(target, _cancellationToken).Symbol is IParameterSymbol parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, helper.OriginalDefinition)
            && _scope.ArrayArguments.Contains(parameter.Ordinal)
            && _model.GetSymbolInfo(node, _cancellationToken).Symbol is IPropertySymbol { Name: "Count" } count && IsCollectionInterface(count.ContainingType)
            && Visit(target) is ExpressionSyntax array)
        {
            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, array, SyntaxFactory.IdentifierName("Length").WithTriviaFrom(node.Name))
                .WithTriviaFrom(node);
        }

        return base.VisitMemberAccessExpression(node);
    }

    /// <summary><c>ICollection&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> or <c>System.Collections.ICollection</c>.</summary>
    private static bool IsCollectionInterface(INamedTypeSymbol? type) =>
        type is { TypeKind: TypeKind.Interface } && type.ContainingNamespace?.ToDisplayString() is { } space
        && (space == "System.Collections.Generic" && type.Name is "ICollection" or "IReadOnlyCollection"
            || space == "System.Collections" && type.Name == "ICollection");
}
