using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Variables a top-level pattern binds to the switched value: <c>var v</c>, <c>float v</c>, <c>{ } v</c> or
/// <c>T { … } v</c> in a switch-expression arm (<c>s[q, k] switch { double.NegativeInfinity =&gt; 0.0, var v =&gt;
/// Math.Exp(v - mx) }</c>) or in a switch-statement case hold the governing expression itself, so a read of the
/// variable has its value facts (its data, indices and shifts). A variable a sub-pattern binds (a list element, a
/// property) is not followed.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many enclosing operations are climbed to find the arm or case that declares a pattern variable.</summary>
    private const int MaxPatternScopeDepth = 32;

    /// <summary>
    /// The switched value a read of a pattern variable stands for, when an enclosing switch-expression arm or switch
    /// case declares it with a top-level pattern; else null.
    /// </summary>
    private static IOperation? PatternGoverningValue(ILocalReferenceOperation read)
    {
        var local = read.Local;
        var current = read.Parent;
        for (var step = 0; step < MaxPatternScopeDepth && current is not null; step++, current = current.Parent)
        {
            switch (current)
            {
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation choice && Declares(arm.Pattern, local):
                    return choice.Value;
                case ISwitchCaseOperation section when section.Parent is ISwitchOperation switched:
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is IPatternCaseClauseOperation { Pattern: var pattern } && Declares(pattern, local))
                        {
                            return switched.Value;
                        }
                    }

                    return null;
                case IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="pattern"/> itself (not a sub-pattern) declares <paramref name="local"/>.</summary>
    private static bool Declares(IPatternOperation pattern, ILocalSymbol local) =>
        pattern switch
        {
            IDeclarationPatternOperation { DeclaredSymbol: { } declared } => SymbolEqualityComparer.Default.Equals(declared, local),
            IRecursivePatternOperation { DeclaredSymbol: { } declared } => SymbolEqualityComparer.Default.Equals(declared, local),
            _ => false,
        };
}
