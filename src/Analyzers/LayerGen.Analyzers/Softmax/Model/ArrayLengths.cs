using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The lengths an array argument is known to have where a helper is called, per dimension (null where unknown), so a
/// broadcasting helper's <c>b.GetLength(0) == 1 ? 0 : i</c> or <c>b.Length == 1</c> is decided at the call
/// (<see cref="KnownArguments"/>) as a constant argument decides <c>axis == 0</c>. Read from the expression passed: an
/// array creation with constant sizes (<c>new double[1, cols]</c>), an initialised array or collection expression
/// (<c>new[] { top }</c>: length 1), a <c>?:</c> decided by the enclosing helper's constants, a parameter whose lengths
/// the enclosing call gave, a local written only where it is declared, and the value a same-file helper returns when
/// its body (its branches decided by the constants the call passes) ends in one <c>return</c>
/// (<c>Max(scores, axis: 0)</c> returning <c>m</c>, <c>var m = axis == 0 ? new double[1, cols] : new double[rows, 1]</c>).
/// </summary>
internal static class ArrayLengths
{
    /// <summary>How many helper returns and locals are followed at most.</summary>
    private const int MaxSteps = 6;

    /// <summary>
    /// The lengths of the array <paramref name="expression"/> evaluates to (one entry per dimension of a rectangular
    /// array; the outer length only for a jagged one); null when no length is known. <paramref name="known"/> reads the
    /// enclosing helper's parameters (null in the method itself).
    /// </summary>
    public static long?[]? Of(ExpressionSyntax expression, SemanticModel model, KnownArguments? known, CancellationToken cancellationToken) =>
        Of(expression, model, known, cancellationToken, MaxSteps);

    private static long?[]? Of(ExpressionSyntax expression, SemanticModel model, KnownArguments? known, CancellationToken cancellationToken, int steps)
    {
        if (steps <= 0 || expression.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        switch (Unparenthesised(expression))
        {
            case CastExpressionSyntax cast:
                return Of(cast.Expression, model, known, cancellationToken, steps);
            case ArrayCreationExpressionSyntax creation:
                return Created(creation, model, known, cancellationToken);
            case ImplicitArrayCreationExpressionSyntax { Commas.Count: 0, Initializer: var initializer }:
                return new long?[] { initializer.Expressions.Count };
            case CollectionExpressionSyntax collection when collection.Elements.All(element => element is ExpressionElementSyntax)
                && model.GetTypeInfo(collection, cancellationToken).ConvertedType is IArrayTypeSymbol:
                return new long?[] { collection.Elements.Count };
            case ConditionalExpressionSyntax conditional when known?.Condition(conditional.Condition) is { } holds:
                return Of(holds ? conditional.WhenTrue : conditional.WhenFalse, model, known, cancellationToken, steps);
            case IdentifierNameSyntax name:
                return model.GetSymbolInfo(name, cancellationToken).Symbol switch
                {
                    IParameterSymbol parameter => known?.Lengths(parameter),
                    ILocalSymbol local => OnlyValue(local, cancellationToken) is { } value ? Of(value, model, known, cancellationToken, steps - 1) : null,
                    _ => null,
                };
            case InvocationExpressionSyntax call:
                return Returned(call, model, known, cancellationToken, steps - 1);
            default:
                return null;
        }
    }

    /// <summary><c>new double[1, cols]</c>: each size that is a constant (or decided by <paramref name="known"/>); <c>new float[] { … }</c>: its count.</summary>
    private static long?[]? Created(ArrayCreationExpressionSyntax creation, SemanticModel model, KnownArguments? known, CancellationToken cancellationToken)
    {
        var rank = creation.Type.RankSpecifiers[0];
        if (rank.Sizes.All(size => size is OmittedArraySizeExpressionSyntax))
        {
            return rank.Rank == 1 && creation.Initializer is { } initializer ? new long?[] { initializer.Expressions.Count } : null;
        }

        var lengths = rank.Sizes.Select(size => Integer(known is not null ? known.Constant(size) : model.GetConstantValue(size, cancellationToken) is { HasValue: true, Value: { } value } ? value : null)).ToArray();
        return lengths.Any(length => length is not null) ? lengths : null;
    }

    private static long? Integer(object? value) => value is int or long or short or sbyte or byte or ushort or uint
        ? System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>
    /// The lengths of what a same-file helper returns for <paramref name="call"/>: its body with the branches the call's
    /// constants (and known argument lengths) decide, ending in its one <c>return</c>.
    /// </summary>
    private static long?[]? Returned(InvocationExpressionSyntax call, SemanticModel model, KnownArguments? known, CancellationToken cancellationToken, int steps)
    {
        if (model.GetOperation(call, cancellationToken) is not IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false } target } operation
            || target.OriginalDefinition.DeclaringSyntaxReferences is not [var reference] || reference.SyntaxTree != model.SyntaxTree
            || reference.GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var method = target.OriginalDefinition;
        var constants = new Dictionary<int, object>();
        var lengths = new Dictionary<int, long?[]>();
        foreach (var argument in operation.Arguments)
        {
            if (argument is not { ArgumentKind: ArgumentKind.Explicit, Parameter: { RefKind: RefKind.None } parameter, Syntax: ArgumentSyntax { Expression: var passed } })
            {
                continue;
            }

            if (argument.Value.ConstantValue is { HasValue: true, Value: { } constant })
            {
                constants[parameter.Ordinal] = constant;
            }
            else if (known?.Constant(passed) is { } decided)
            {
                constants[parameter.Ordinal] = decided;
            }
            else if (parameter.Type is IArrayTypeSymbol && Of(passed, model, known, cancellationToken, steps) is { } argumentLengths)
            {
                lengths[parameter.Ordinal] = argumentLengths;
            }
        }

        var inner = new KnownArguments(method, constants, model, cancellationToken, lengths);
        if (declaration.ExpressionBody is { Expression: var expression })
        {
            return Of(expression, model, inner, cancellationToken, steps);
        }

        // The parameters the body writes are not what the call passed where they are read.
        if (declaration.Body is not { } body || inner.Flattened(body.Statements) is not [.., ReturnStatementSyntax { Expression: { } returned }] statements
            || statements.Take(statements.Count - 1).Any(statement => statement.DescendantNodesAndSelf(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Any())
            || WritesParameters(body, method, model, cancellationToken))
        {
            return null;
        }

        return Of(returned, model, inner, cancellationToken, steps);
    }

    /// <summary>The initializer of <paramref name="local"/> when nothing else writes it (no assignment, <c>ref</c>/<c>out</c>, <c>++</c>); null otherwise.</summary>
    private static ExpressionSyntax? OnlyValue(ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (local.IsRef || local.IsConst || local.DeclaringSyntaxReferences is not [var reference]
            || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var value } declarator
            || declarator.Ancestors().FirstOrDefault(node => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
                or AnonymousFunctionExpressionSyntax or GlobalStatementSyntax) is not { } scope)
        {
            return null;
        }

        return scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == local.Name && IsWritten(name)) ? null : value;
    }

    private static bool WritesParameters(BlockSyntax body, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken) =>
        body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => method.Parameters.Any(parameter => parameter.Name == name.Identifier.ValueText) && IsWritten(name)
            && model.GetSymbolInfo(name, cancellationToken).Symbol is IParameterSymbol);

    /// <summary>True where <paramref name="name"/> is the variable written (an assignment's target, <c>ref</c>/<c>out</c>, <c>++</c>/<c>--</c>, a <c>ref</c> alias).</summary>
    private static bool IsWritten(IdentifierNameSyntax name) => name.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == name,
        ArgumentSyntax argument => argument.RefKindKeyword.RawKind != 0,
        PrefixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression,
        PostfixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
        RefExpressionSyntax => true,
        _ => false,
    };
}
