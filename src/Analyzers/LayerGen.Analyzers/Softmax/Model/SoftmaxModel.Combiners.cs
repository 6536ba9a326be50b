using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Two-value combiners as folds: <c>acc = f(acc, v)</c> where the method <c>f</c> runs — called directly, through a
/// delegate of one known value (<c>Func&lt;float, float, float&gt; plus = Plus</c>, DelegateMembers.cs) or through a
/// function pointer of one known target (<c>&amp;MathF.Max</c>, PointerCalls.cs) — is the system <c>Max</c>/<c>Min</c>,
/// a helper that only returns the larger or smaller of its two parameters
/// (<see cref="SystemMathForwarders.ExtremumFunction"/>), or a helper that only returns their sum
/// (<c>static float Plus(float a, float b) =&gt; a + b</c>). Any other helper is no fold (a weighted or clamped
/// combination is not a sum or a max).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// What <paramref name="value"/> (a call of two arguments) folds into <paramref name="target"/> when it combines the
    /// target's value with another value by a known combiner (see the type's summary); null otherwise.
    /// </summary>
    private (ReductionKind Kind, IOperation Value)? CombinerFold(ISymbol target, IOperation value)
    {
        if (CalledMethod(value) is not { Arguments.Length: 2 } called || CombinerKind(called.Method) is not { } kind)
        {
            return null;
        }

        // The arguments in parameter order (a delegate's or pointer's arguments are positional).
        var (first, second) = (called.Arguments[0].Value, called.Arguments[1].Value);
        if (ReadsTarget(first, target))
        {
            return (kind, second);
        }

        return ReadsTarget(second, target) ? (kind, first) : null;
    }

    /// <summary>Max, Min or Sum for a method that is that combiner of its two parameters; null for any other.</summary>
    private ReductionKind? CombinerKind(IMethodSymbol method)
    {
        if (Symbols.IsScalarMax(method))
        {
            return ReductionKind.Max;
        }

        if (Symbols.IsScalarMin(method))
        {
            return ReductionKind.Min;
        }

        if (method.Parameters.Length != 2 || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return SystemMathForwarders.ExtremumFunction(method, _cancellationToken) switch
        {
            "Max" => ReductionKind.Max,
            "Min" => ReductionKind.Min,
            _ => AddsItsParameters(method, _cancellationToken) ? ReductionKind.Sum : null,
        };
    }

    /// <summary>
    /// True for a method of two numeric parameters of its return type whose body only returns their sum
    /// (<c>a + b</c> or <c>b + a</c>, in an expression or a block body); by syntax, constant work per method.
    /// </summary>
    private static bool AddsItsParameters(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        if (method.Parameters.Length != 2 || method.DeclaringSyntaxReferences.Length != 1
            || method.Parameters[0].RefKind != RefKind.None || method.Parameters[1].RefKind != RefKind.None
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.Parameters[1].Type)
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.ReturnType)
            || !WellKnownSymbols.IsNumeric(method.ReturnType) && method.ReturnType.TypeKind != TypeKind.TypeParameter)
        {
            return false;
        }

        var returned = ExpHelperSyntax.BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) switch
        {
            BlockSyntax block => OnceWrittenLocalSyntax.ReturnedValue(block),
            ExpressionSyntax expression => expression,
            _ => null,
        };
        if (returned is null || Unparenthesised(returned) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add
            || Unparenthesised(add.Left) is not IdentifierNameSyntax { Identifier.ValueText: var left }
            || Unparenthesised(add.Right) is not IdentifierNameSyntax { Identifier.ValueText: var right })
        {
            return false;
        }

        var (a, b) = (method.Parameters[0].Name, method.Parameters[1].Name);
        return left == a && right == b || left == b && right == a;
    }
}
